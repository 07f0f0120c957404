package dev.hookwire.demospring;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The administrator, stored at startup with SQL, as an operator would seed it: not a sign-up, so
 * no user event fires (the login backfill provisions its workspace later). Its password is {@code
 * demo.admin-password}; kept if the user exists already.
 */
@Component
class AdminAccount implements ApplicationRunner {
  static final String USERNAME = "admin@example.com";

  private final JdbcTemplate jdbc;
  private final PasswordEncoder passwords;
  private final String password;

  AdminAccount(
      JdbcTemplate jdbc,
      PasswordEncoder passwords,
      @Value("${demo.admin-password:admin-password}") String password) {
    this.jdbc = jdbc;
    this.passwords = passwords;
    this.password = password;
  }

  @Override
  public void run(ApplicationArguments args) {
    Integer existing = jdbc.queryForObject(
        "select count(*) from users where username = ?", Integer.class, USERNAME);
    if (existing != null && existing == 0) {
      jdbc.update(
          "insert into users (username, password, enabled) values (?, ?, true)",
          USERNAME,
          passwords.encode(password));
      jdbc.update(
          "insert into authorities (username, authority) values (?, 'ROLE_ADMIN')", USERNAME);
    }
  }
}
