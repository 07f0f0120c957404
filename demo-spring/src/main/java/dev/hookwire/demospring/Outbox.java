package dev.hookwire.demospring;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Messages waiting to be sent (the demo sends none): at most one welcome message per user. */
@Component
public class Outbox {
  public static final String WELCOME = "welcome";

  private final JdbcTemplate jdbc;

  public Outbox(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Queues the welcome message for {@code recipient}; false if it was queued already. */
  public boolean queueWelcome(String recipient, String createdBy) {
    try {
      return jdbc.update(
              "insert into outbox (id, recipient, message, created_by) values (?, ?, ?, ?)",
              WELCOME + ":" + recipient,
              recipient,
              WELCOME,
              createdBy)
          == 1;
    } catch (DuplicateKeyException alreadyQueued) {
      return false;
    }
  }
}
