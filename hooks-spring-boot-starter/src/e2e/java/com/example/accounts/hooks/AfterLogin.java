package com.example.accounts.hooks;

import dev.hookwire.auth.Login;
import org.slf4j.MDC;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Timed by its event (the catalog's 30 s), so it runs on another thread, in the caller's context:
 * records the principal and the request id it sees there.
 */
public final class AfterLogin {
  private final JdbcTemplate jdbc;

  public AfterLogin(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void handle(Login login) {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    jdbc.update(
        "insert into login_audit(user_id, principal, request_id, thread) values (?, ?, ?, ?)",
        login.user().id(),
        auth == null ? null : auth.getName(),
        MDC.get("requestId"),
        Thread.currentThread().getName());
  }
}
