package com.example.accounts;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small accounts service that adopts Hookwire by adding the starter and the processor: its
 * hooks ({@code com.example.accounts.hooks}) take a {@code JdbcTemplate} and its own beans by
 * constructor, and {@link AccountsController} injects {@code AuthHooks}. No {@code @Bean} for the
 * hooks, no scanning of them.
 */
@SpringBootApplication
public class AccountsApplication {
  public static void main(String[] args) {
    SpringApplication.run(AccountsApplication.class, args);
  }
}
