package com.example.accounts;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The service's audit trail; a hook finds it with {@code ctx.service(AuditLog.class)}. */
@Component
public class AuditLog {
  private final JdbcTemplate jdbc;

  AuditLog(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void record(String userId, String action, String detail) {
    jdbc.update(
        "insert into audit(user_id, action, detail) values (?, ?, ?)", userId, action, detail);
  }
}
