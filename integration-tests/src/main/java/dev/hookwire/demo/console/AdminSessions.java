package dev.hookwire.demo.console;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The console's signed-in administrators: a session is opened by the demo's admin token and named
 * by a random id the browser keeps in an HttpOnly cookie; each has its own CSRF token, which the
 * page sends back in a header. Sessions live in memory for {@link #LIFETIME}. Thread-safe.
 */
final class AdminSessions {
  /** How long a console session lasts. */
  static final Duration LIFETIME = Duration.ofHours(8);

  /** One signed-in administrator. */
  record Session(String id, String xsrfToken, Instant expires) {}

  private static final SecureRandom RANDOM = new SecureRandom();

  private final String adminToken;
  private final Clock clock;
  private final Map<String, Session> sessions = new ConcurrentHashMap<>();

  AdminSessions(String adminToken, Clock clock) {
    this.adminToken = adminToken;
    this.clock = clock;
  }

  /** Whether {@code token} is the admin token, compared in constant time. */
  boolean isAdminToken(String token) {
    return token != null
        && MessageDigest.isEqual(
            token.getBytes(StandardCharsets.UTF_8), adminToken.getBytes(StandardCharsets.UTF_8));
  }

  /** A new session for the admin who gave {@code token}; empty when it is not the admin token. */
  Optional<Session> signIn(String token) {
    if (!isAdminToken(token)) {
      return Optional.empty();
    }
    sessions.values().removeIf(s -> s.expires().isBefore(clock.instant()));
    Session session = new Session(random(), random(), clock.instant().plus(LIFETIME));
    sessions.put(session.id(), session);
    return Optional.of(session);
  }

  /** The live session of {@code id}, if there is one. */
  Optional<Session> find(String id) {
    if (id == null) {
      return Optional.empty();
    }
    Session session = sessions.get(id);
    if (session == null || session.expires().isBefore(clock.instant())) {
      return Optional.empty();
    }
    return Optional.of(session);
  }

  private static String random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
