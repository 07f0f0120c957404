package com.example.accounts.hooks;

import com.example.accounts.Workspaces;
import dev.hookwire.auth.User;
import org.springframework.jdbc.core.JdbcTemplate;

/** Gives every new user a workspace: the wiring constructs it with the context's beans. */
public final class AfterUserCreate {
  private final JdbcTemplate jdbc;
  private final Workspaces workspaces;

  public AfterUserCreate(JdbcTemplate jdbc, Workspaces workspaces) {
    this.jdbc = jdbc;
    this.workspaces = workspaces;
  }

  public void handle(User user) {
    jdbc.update(
        "insert into workspace(id, owner) values (?, ?)", workspaces.idFor(user), user.id());
  }
}
