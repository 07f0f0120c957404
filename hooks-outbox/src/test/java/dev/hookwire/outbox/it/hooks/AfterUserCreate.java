package dev.hookwire.outbox.it.hooks;

import dev.hookwire.auth.User;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An inline after-hook next to the durable one: it runs in the dispatch, as always. */
public final class AfterUserCreate {
  public static final List<String> RAN = new CopyOnWriteArrayList<>();

  public void handle(User user) {
    RAN.add(user.id());
  }
}
