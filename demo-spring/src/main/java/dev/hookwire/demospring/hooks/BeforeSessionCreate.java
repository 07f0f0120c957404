package dev.hookwire.demospring.hooks;

import dev.hookwire.auth.Session;
import dev.hookwire.auth.SessionPatch;
import dev.hookwire.demospring.HookTrace;
import dev.hookwire.demospring.Workspaces;
import java.util.Optional;

/**
 * The session's active organization: the user's first. The adapter keeps it on the HTTP session
 * (or, for an authorization request, on the stored authorization, and from there in its tokens).
 */
public final class BeforeSessionCreate {
  private final Workspaces workspaces;
  private final HookTrace trace;

  public BeforeSessionCreate(Workspaces workspaces, HookTrace trace) {
    this.workspaces = workspaces;
    this.trace = trace;
  }

  public SessionPatch handle(Session session) {
    if (session.activeOrganizationId() != null) {
      trace.ran("before-session-create", BeforeSessionCreate.class, "organization already set");
      return null;
    }
    Optional<String> first = workspaces.firstOrganizationOf(session.userId());
    trace.ran(
        "before-session-create",
        BeforeSessionCreate.class,
        first.map(id -> "active organization " + id).orElse("no organization yet"));
    return first.map(id -> SessionPatch.of().activeOrganizationId(id)).orElse(null);
  }
}
