package dev.hookwire.auth;

import dev.hookwire.runtime.EventFilter;
import dev.hookwire.runtime.HookContext;

/** The filter of {@code after-admin-user-create}: the request path is {@code /admin/create-user}. */
public final class AdminCreateUserFilter implements EventFilter<User> {
  /** The path of the admin endpoint that creates users. */
  public static final String PATH = "/admin/create-user";

  /** Created by the generated wiring. */
  public AdminCreateUserFilter() {}

  @Override
  public boolean test(User user, HookContext ctx) {
    return PATH.equals(ctx.path());
  }
}
