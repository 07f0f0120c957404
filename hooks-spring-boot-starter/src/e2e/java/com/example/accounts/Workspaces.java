package com.example.accounts;

import dev.hookwire.auth.User;
import org.springframework.stereotype.Component;

/** The service's own bean: how a user's first workspace is named. */
@Component
public class Workspaces {
  public String idFor(User user) {
    return "ws_" + user.email().substring(0, user.email().indexOf('@'));
  }
}
