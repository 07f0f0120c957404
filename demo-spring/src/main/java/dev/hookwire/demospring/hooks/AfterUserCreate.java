package dev.hookwire.demospring.hooks;

import dev.hookwire.auth.User;
import dev.hookwire.demospring.HookTrace;
import dev.hookwire.demospring.Workspaces;

/**
 * Provisions a personal workspace. The user is stored already; if this fails, the sign-up still
 * succeeds and {@link AfterLogin} provisions it later.
 */
public final class AfterUserCreate {
  private final Workspaces workspaces;
  private final HookTrace trace;

  public AfterUserCreate(Workspaces workspaces, HookTrace trace) {
    this.workspaces = workspaces;
    this.trace = trace;
  }

  public void handle(User user) {
    boolean created = workspaces.ensurePersonal(user.id());
    trace.ran(
        "after-user-create",
        AfterUserCreate.class,
        (created ? "provisioned workspace " : "workspace already there: ")
            + Workspaces.personalOrganizationId(user.id()));
  }
}
