package dev.hookwire.spring.console;

import static org.springframework.security.config.Customizer.withDefaults;

import dev.hookwire.spring.Calls;
import dev.hookwire.spring.WelcomeMail;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * A service with Spring Security's form login, an administrator ({@code ada}, role {@code ADMIN})
 * and a user ({@code bob}, role {@code USER}), which turns the console on with properties only.
 * Its own chain leaves CSRF off so that the tests sign in with one POST; the console's chain has
 * its own.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@EnableWebSecurity
public class ConsoleApplication {
  static final String ADMIN = "ada";
  static final String USER = "bob";
  static final String PASSWORD = "s3cret";

  @Bean
  InMemoryUserDetailsManager users() {
    return new InMemoryUserDetailsManager(
        User.withUsername(ADMIN).password("{noop}" + PASSWORD).roles("ADMIN").build(),
        User.withUsername(USER).password("{noop}" + PASSWORD).roles("USER").build());
  }

  @Bean
  SecurityFilterChain site(HttpSecurity http) {
    http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated());
    http.formLogin(withDefaults());
    http.csrf(AbstractHttpConfigurer::disable);
    return http.build();
  }

  /** What the hooks mail, recorded. */
  @Bean
  WelcomeMail mail() {
    return text -> Calls.record(ConsoleApplication.class, text);
  }
}
