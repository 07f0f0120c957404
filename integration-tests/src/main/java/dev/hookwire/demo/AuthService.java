package dev.hookwire.demo;

import dev.hookwire.auth.AdminCreateUserFilter;
import dev.hookwire.auth.AppContext;
import dev.hookwire.auth.AuthHooks;
import dev.hookwire.auth.Login;
import dev.hookwire.auth.LoginAttempt;
import dev.hookwire.auth.Session;
import dev.hookwire.auth.User;
import dev.hookwire.outbox.Outbox;
import dev.hookwire.runtime.HookAbortedException;
import dev.hookwire.runtime.HookContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The demo's auth logic, as an auth server runs it: the host owns the database writes and calls
 * the catalog's dispatchers ({@link AuthHooks}, implemented by the generated {@code HookWiring})
 * at each lifecycle point. Sign-up: before-user-create, then in one transaction the insert and
 * after-user-create (and, on {@code /admin/create-user}, after-admin-user-create), dispatched with
 * {@code outbox.context(connection, ctx)}: the {@code @Durable} hooks' event commits with the user. Sign-in: before-login, password check,
 * before-session-create, insert, after-session-create, after-login. {@code /me}:
 * resolve-oauth-context, then transform-custom-user-data on the claims.
 *
 * <p>Each method answers with a {@link Reply}; the HTTP layer ({@link DemoServer}) only
 * translates. Thread-safe: every call uses its own connections.
 */
public final class AuthService {
  /** How long a session lasts. */
  public static final Duration SESSION_LIFETIME = Duration.ofDays(7);

  /** An HTTP-shaped answer: a status and a JSON object. */
  public record Reply(int status, Map<String, Object> body) {
    static Reply of(int status, Object... keysAndValues) {
      Map<String, Object> body = new LinkedHashMap<>();
      for (int i = 0; i < keysAndValues.length; i += 2) {
        body.put((String) keysAndValues[i], keysAndValues[i + 1]);
      }
      return new Reply(status, body);
    }

    static Reply error(int status, String message) {
      return of(status, "error", message);
    }
  }

  /** What the service knows about a request: its path, body fields and client details. */
  public record Request(
      String path,
      Map<String, String> fields,
      String bearerToken,
      String ipAddress,
      String userAgent) {
    public Request {
      fields = Map.copyOf(fields);
    }

    Optional<String> field(String name) {
      return Optional.ofNullable(fields.get(name));
    }
  }

  private final DataSource dataSource;
  private final AuthHooks hooks;
  private final Outbox outbox;
  private final Map<String, String> hookEnv;
  private final String adminToken;

  /**
   * @param outbox records the {@code @Durable} hooks' events in the sign-up's transaction
   * @param hookEnv the environment values hooks may read ({@code DEFAULT_PLAN}, {@code
   *     BACKFILL_DELAY_MS}...)
   * @param adminToken the bearer token {@code POST /admin/create-user} requires
   */
  public AuthService(
      DataSource dataSource,
      AuthHooks hooks,
      Outbox outbox,
      Map<String, String> hookEnv,
      String adminToken) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.hooks = Objects.requireNonNull(hooks, "hooks");
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.hookEnv = Map.copyOf(hookEnv);
    this.adminToken = Objects.requireNonNull(adminToken, "adminToken");
  }

  /** {@code POST /sign-up}: email, password (8+ characters), name. */
  public Reply signUp(Request request, HookTrace trace) throws SQLException {
    Optional<String> password = request.field("password");
    if (password.isEmpty() || password.get().length() < 8) {
      return Reply.error(400, "A password of at least 8 characters is required.");
    }
    return createUser(request, password.get(), context(request, trace).build());
  }

  /** {@code POST /admin/create-user}: as sign-up, with the admin token; the password is optional. */
  public Reply adminCreateUser(Request request, HookTrace trace) throws SQLException {
    if (request.bearerToken() == null) {
      return Reply.error(401, "An admin token is required.");
    }
    if (!constantTimeEquals(request.bearerToken(), adminToken)) {
      return Reply.error(403, "This token may not create users.");
    }
    String password = request.field("password").orElse(null);
    if (password != null && password.length() < 8) {
      return Reply.error(400, "A password needs at least 8 characters.");
    }
    HookContext ctx = context(request, trace)
        .path(AdminCreateUserFilter.PATH)
        .metadata("admin", "admin")
        .build();
    return createUser(request, password, ctx);
  }

  private Reply createUser(Request request, String password, HookContext ctx) throws SQLException {
    Optional<String> email = request.field("email").map(e -> e.strip().toLowerCase(Locale.ROOT));
    if (email.isEmpty() || !isPlausibleEmail(email.get())) {
      return Reply.error(400, "A valid email address is required.");
    }
    String name =
        request.field("name").orElse(email.get().substring(0, email.get().indexOf('@')));
    Instant now = now();
    User candidate = new User(Passwords.randomId("usr"), name, email.get(), false, null, now, now);

    User user;
    try {
      user = hooks.beforeUserCreate(candidate, ctx);
    } catch (HookAbortedException e) {
      // Only a HookRejection's message is meant for the user; anything else stays in the log.
      return Reply.error(
          e.isRejection() ? 400 : 500,
          e.userMessage().orElse("Sign-up is not possible right now."));
    }
    if (user.email() == null
        || !isPlausibleEmail(user.email())
        || user.name() == null
        || user.name().isBlank()) {
      return Reply.error(400, "A valid email address and a name are required.");
    }
    String passwordHash = password == null ? null : Passwords.hash(password);
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        insertUser(connection, user, passwordHash);
        // In the insert's transaction: the durable hooks' event is recorded with the user (and
        // rolls back with it); the inline after-hooks run, isolated, and never undo the sign-up.
        hooks.afterUserCreate(
            user, HookTrace.of(ctx).tracingDurable(outbox.context(connection, ctx)));
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        if (e instanceof SQLException sql && Schema.isDuplicateKey(sql)) {
          return Reply.error(409, "An account with this email address already exists.");
        }
        throw e;
      }
    }
    return Reply.of(201, "user", userJson(user));
  }

  /** {@code POST /sign-in}: email and password; answers a session token. */
  public Reply signIn(Request request, HookTrace trace) throws SQLException {
    Optional<String> email = request.field("email").map(e -> e.strip().toLowerCase(Locale.ROOT));
    Optional<String> password = request.field("password");
    if (email.isEmpty() || password.isEmpty()) {
      return Reply.error(400, "Email and password are required.");
    }
    HookContext ctx = context(request, trace).build();
    try {
      hooks.beforeLogin(
          new LoginAttempt(email.get(), "password", request.ipAddress(), request.userAgent()), ctx);
    } catch (HookAbortedException e) {
      return Reply.error(
          e.isRejection() ? 403 : 500,
          e.userMessage().orElse("Sign-in is not possible right now."));
    }
    Optional<StoredUser> found = findUserByEmail(email.get());
    if (found.isEmpty() || !Passwords.matches(password.get(), found.get().passwordHash())) {
      return Reply.error(401, "Invalid email or password.");
    }
    User user = found.get().user();
    Instant now = now();
    Session session = new Session(
        Passwords.randomId("ses"),
        user.id(),
        Passwords.randomToken(32),
        now.plus(SESSION_LIFETIME),
        request.ipAddress(),
        request.userAgent(),
        null,
        now,
        now);
    try {
      session = hooks.beforeSessionCreate(session, ctx);
    } catch (HookAbortedException e) {
      return Reply.error(
          e.isRejection() ? 403 : 500,
          e.userMessage().orElse("Sign-in is not possible right now."));
    }
    insertSession(session);
    hooks.afterSessionCreate(session, ctx);
    Session stored = findSession(session.token())
        .orElse(session); // after-session-create may have set the organization
    hooks.afterLogin(new Login(user, stored), ctx);
    return Reply.of(
        200,
        "token",
        stored.token(),
        "expiresAt",
        stored.expiresAt().toString(),
        "user",
        userJson(user));
  }

  /** {@code GET /me}: the signed-in user's claims, shaped by the hooks. */
  public Reply me(Request request, HookTrace trace) throws SQLException {
    Optional<Session> session =
        request.bearerToken() == null ? Optional.empty() : findSession(request.bearerToken());
    if (session.isEmpty() || session.get().expiresAt().isBefore(Instant.now())) {
      return Reply.error(401, "Sign in first: no valid session token.");
    }
    Optional<StoredUser> found = findUserById(session.get().userId());
    if (found.isEmpty()) {
      return Reply.error(401, "Sign in first: no valid session token.");
    }
    User user = found.get().user();
    HookContext ctx =
        context(request, trace).metadata("session", session.get().id()).build();
    AppContext resolved;
    try {
      resolved = hooks.resolveOauthContext(
          new AppContext(true, user.id(), user, session.get().activeOrganizationId(), null), ctx);
    } catch (HookAbortedException e) {
      return Reply.error(
          e.isRejection() ? 403 : 500,
          e.userMessage().orElse("Your session cannot be used right now."));
    }
    Map<String, String> claims = new LinkedHashMap<>();
    claims.put("sub", user.id());
    claims.put("email", user.email());
    claims.put("email_verified", String.valueOf(user.emailVerified()));
    claims.put("name", user.name());
    if (resolved.organizationId() != null) {
      claims.put("org_id", resolved.organizationId());
    }
    if (resolved.role() != null) {
      claims.put("role", resolved.role());
    }
    return Reply.of(200, "claims", hooks.transformCustomUserData(claims, ctx));
  }

  /** Now, to the millisecond: what the database stores, so answers match later reads. */
  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MILLIS);
  }

  private HookContext.Builder context(Request request, HookTrace trace) {
    HookContext.Builder ctx =
        HookContext.builder().path(request.path()).service(HookTrace.class, trace);
    if (request.ipAddress() != null) {
      ctx.metadata("ip", request.ipAddress());
    }
    if (request.userAgent() != null) {
      ctx.metadata("user-agent", request.userAgent());
    }
    hookEnv.forEach(ctx::env);
    return ctx;
  }

  private static boolean isPlausibleEmail(String email) {
    int at = email.indexOf('@');
    return at > 0
        && at == email.lastIndexOf('@')
        && at < email.length() - 1
        && email.length() <= 320
        && email.chars().noneMatch(Character::isWhitespace);
  }

  private static boolean constantTimeEquals(String a, String b) {
    return java.security.MessageDigest.isEqual(
        a.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        b.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  static Map<String, Object> userJson(User user) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", user.id());
    json.put("name", user.name());
    json.put("email", user.email());
    json.put("emailVerified", user.emailVerified());
    json.put("createdAt", user.createdAt().toString());
    return json;
  }

  // --- the host's own SQL -------------------------------------------------------------------

  /** A user row with its password hash (which never leaves the service). */
  record StoredUser(User user, String passwordHash) {}

  private static void insertUser(Connection connection, User user, String passwordHash)
      throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO \"user\" (id, name, email, email_verified, image, password_hash, created_at, updated_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, user.id());
      insert.setString(2, user.name());
      insert.setString(3, user.email());
      insert.setBoolean(4, user.emailVerified());
      insert.setString(5, user.image());
      insert.setString(6, passwordHash);
      Sql.setInstant(insert, 7, user.createdAt());
      Sql.setInstant(insert, 8, user.updatedAt());
      insert.executeUpdate();
    }
  }

  Optional<StoredUser> findUserByEmail(String email) throws SQLException {
    return findUser("email", email);
  }

  Optional<StoredUser> findUserById(String id) throws SQLException {
    return findUser("id", id);
  }

  private Optional<StoredUser> findUser(String column, String value) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement(
            "SELECT id, name, email, email_verified, image, password_hash, created_at, updated_at"
                + " FROM \"user\" WHERE " + column + " = ?")) {
      query.setString(1, value);
      try (ResultSet rows = query.executeQuery()) {
        if (!rows.next()) {
          return Optional.empty();
        }
        User user = new User(
            rows.getString("id"),
            rows.getString("name"),
            rows.getString("email"),
            rows.getBoolean("email_verified"),
            rows.getString("image"),
            Sql.getInstant(rows, "created_at"),
            Sql.getInstant(rows, "updated_at"));
        return Optional.of(new StoredUser(user, rows.getString("password_hash")));
      }
    }
  }

  private void insertSession(Session session) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(
            "INSERT INTO \"session\" (id, user_id, token, expires_at, ip_address, user_agent,"
                + " active_organization_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, session.id());
      insert.setString(2, session.userId());
      insert.setString(3, session.token());
      Sql.setInstant(insert, 4, session.expiresAt());
      insert.setString(5, session.ipAddress());
      insert.setString(6, session.userAgent());
      insert.setString(7, session.activeOrganizationId());
      Sql.setInstant(insert, 8, session.createdAt());
      Sql.setInstant(insert, 9, session.updatedAt());
      insert.executeUpdate();
    }
  }

  private Optional<Session> findSession(String token) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement(
            "SELECT id, user_id, token, expires_at, ip_address, user_agent, active_organization_id,"
                + " created_at, updated_at FROM \"session\" WHERE token = ?")) {
      query.setString(1, token);
      try (ResultSet rows = query.executeQuery()) {
        if (!rows.next()) {
          return Optional.empty();
        }
        return Optional.of(new Session(
            rows.getString("id"),
            rows.getString("user_id"),
            rows.getString("token"),
            Sql.getInstant(rows, "expires_at"),
            rows.getString("ip_address"),
            rows.getString("user_agent"),
            rows.getString("active_organization_id"),
            Sql.getInstant(rows, "created_at"),
            Sql.getInstant(rows, "updated_at")));
      }
    }
  }
}
