package dev.hookwire.bench.dispatch;

import dev.hookwire.auth.AdminCreateUserFilter;
import dev.hookwire.auth.User;
import dev.hookwire.runtime.HookContext;
import java.time.Instant;

/** The inputs every dispatch benchmark uses. */
public final class Samples {
  private Samples() {}

  /** The user every dispatch signs up. */
  public static User user() {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");
    return new User("u-1", "Ada Lovelace", "ada@example.com", false, null, now, now);
  }

  /** A sign-up request: the virtual after-admin-user-create event does not fire. */
  public static HookContext signUp() {
    return HookContext.builder().path("/sign-up").build();
  }

  /** An admin request: after-user-create also fires after-admin-user-create. */
  public static HookContext admin() {
    return HookContext.builder().path(AdminCreateUserFilter.PATH).build();
  }
}
