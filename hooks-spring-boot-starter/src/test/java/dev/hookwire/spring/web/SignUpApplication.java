package dev.hookwire.spring.web;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small Spring Boot service that adopts Hookwire by adding the starter: no {@code @Bean} for
 * the hooks, no scanning of them; {@link SignUpController} injects {@code AuthHooks}.
 */
@SpringBootApplication
public class SignUpApplication {}
