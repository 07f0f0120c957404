package dev.hookwire.spring.console;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The console's service ({@link ConsoleApplication}) on a random port, with the console and the
 * Actuator endpoint on: one configuration, so the tests that use it share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    classes = ConsoleApplication.class,
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "hookwire.primary=dev.hookwire.spring.auth",
      "hookwire.disabled.after-user-create=dev.hookwire.spring.legacy.AfterUserCreate",
      "hookwire.console.enabled=true",
      "management.endpoints.web.exposure.include=hookwire"
    })
@interface ConsoleServiceTest {}
