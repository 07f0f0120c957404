package dev.hookwire.sample.hooks;

import dev.hookwire.auth.Session;
import dev.hookwire.runtime.HookContext;
import dev.hookwire.sample.Directory;

/** Make the user's personal workspace the session's active organization. */
public final class AfterSessionCreate {
  public void handle(Session session, HookContext ctx) {
    Directory directory = ctx.service(Directory.class);
    directory.setActiveOrganization(session.id(), Directory.personalWorkspaceId(session.userId()));
  }
}
