package dev.hookwire.securitytests.hooks;

import dev.hookwire.auth.User;
import dev.hookwire.securitytests.Events;
import org.springframework.jdbc.core.JdbcTemplate;

/** Records; provisions the user's workspace (after the user is stored, so a failure keeps them). */
public final class AfterUserCreate {
  private final Events events;
  private final JdbcTemplate jdbc;

  public AfterUserCreate(Events events, JdbcTemplate jdbc) {
    this.events = events;
    this.jdbc = jdbc;
  }

  public void handle(User user) {
    events.fire("after-user-create");
    jdbc.update("insert into workspace(id, owner) values (?, ?)", "ws_" + user.id(), user.id());
  }
}
