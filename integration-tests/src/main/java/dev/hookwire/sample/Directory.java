package dev.hookwire.sample;

import dev.hookwire.auth.User;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sample app's in-memory organizations, sessions, outbox and audit log: the host service its
 * hooks reach through {@code HookContext.service(Directory.class)}. Every change is also appended
 * to a {@linkplain #journal() journal}, so the order in which hooks acted can be observed.
 * Thread-safe.
 */
public final class Directory {
  private final Map<String, String> workspaces = new LinkedHashMap<>();
  private final Map<String, String> activeOrganization = new LinkedHashMap<>();
  private final List<String> outbox = new ArrayList<>();
  private final List<String> auditLog = new ArrayList<>();
  private final List<String> journal = new ArrayList<>();

  /** The id of a user's personal workspace: derived from the user id, so provisioning is idempotent. */
  public static String personalWorkspaceId(String userId) {
    return "ws_" + userId;
  }

  public synchronized void ensurePersonalWorkspace(User user) {
    String id = personalWorkspaceId(user.id());
    if (workspaces.putIfAbsent(id, user.name() + "'s workspace") == null) {
      journal.add("workspace " + id + " provisioned");
    }
  }

  public synchronized void setActiveOrganization(String sessionId, String organizationId) {
    activeOrganization.put(sessionId, organizationId);
    journal.add("session " + sessionId + " active organization " + organizationId);
  }

  public synchronized void queueWelcome(User user, String admin) {
    String message = "welcome " + user.email() + " (created by " + admin + ")";
    outbox.add(message);
    journal.add("queued " + message);
  }

  public synchronized void audit(String line) {
    auditLog.add(line);
    journal.add("audit " + line);
  }

  public synchronized Map<String, String> workspaces() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(workspaces));
  }

  public synchronized Map<String, String> activeOrganizations() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(activeOrganization));
  }

  public synchronized List<String> outbox() {
    return List.copyOf(outbox);
  }

  public synchronized List<String> auditLog() {
    return List.copyOf(auditLog);
  }

  /** Every change, in the order it was made. */
  public synchronized List<String> journal() {
    return List.copyOf(journal);
  }
}
