package com.acme.hooks;

import dev.hookwire.auth.User;
import dev.hookwire.runtime.HookContext;
import java.sql.SQLException;

public final class AfterUserCreate {
  public void handle(User user, HookContext ctx) throws SQLException {
    if (user.id() == null) {
      throw new SQLException("no id");
    }
  }
}
