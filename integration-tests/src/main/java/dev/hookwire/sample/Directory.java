package dev.hookwire.sample;

import dev.hookwire.auth.User;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sample app's in-memory organizations, sessions, outbox and audit log: the host service its
 * hooks reach through {@code HookContext.service(Directory.class)}. Thread-safe.
 */
public final class Directory {
  private final Map<String, String> workspaces = new LinkedHashMap<>();
  private final Map<String, String> activeOrganization = new LinkedHashMap<>();
  private final List<String> outbox = new ArrayList<>();
  private final List<String> auditLog = new ArrayList<>();

  /** The id of a user's personal workspace: derived from the user id, so provisioning is idempotent. */
  public static String personalWorkspaceId(String userId) {
    return "ws_" + userId;
  }

  public synchronized void ensurePersonalWorkspace(User user) {
    workspaces.putIfAbsent(personalWorkspaceId(user.id()), user.name() + "'s workspace");
  }

  public synchronized void setActiveOrganization(String sessionId, String organizationId) {
    activeOrganization.put(sessionId, organizationId);
  }

  public synchronized void queueWelcome(User user, String admin) {
    outbox.add("welcome " + user.email() + " (created by " + admin + ")");
  }

  public synchronized void audit(String line) {
    auditLog.add(line);
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
}
