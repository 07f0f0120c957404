package dev.hookwire.demo.console;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import dev.hookwire.console.ConsoleAssets;
import dev.hookwire.console.ConsoleRequestException;
import dev.hookwire.console.HookConsole;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import tools.jackson.databind.JsonNode;

/**
 * The demo's operating console under {@code /console/}: the page ({@link ConsoleAssets}) and the
 * JSON API of {@link HookConsole}, for the demo's administrator only.
 *
 * <ul>
 *   <li>{@code GET /console/login} is a form that takes the admin token; {@code POST
 *       /console/login} checks it and opens a session: an HttpOnly, {@code SameSite=Strict}
 *       cookie {@code hookwire-console}, and the cookie {@code XSRF-TOKEN} the page reads and
 *       sends back as the header {@code X-XSRF-TOKEN} on each POST.
 *   <li>{@code GET /console/} (and its script) needs the session, else it redirects to the
 *       login (the stylesheet, the login page's too, does not); {@code GET /console/api/state}, {@code POST /console/api/change} and {@code POST
 *       /console/api/dry-run} need it too (401 without), and each POST the CSRF header, equal to
 *       the cookie and to the session's token (403 without).
 *   <li>Scripts send the admin token as {@code Authorization: Bearer ..} to the API instead: no
 *       cookie, so no CSRF check (a browser never adds that header on its own). A bearer that is
 *       a user's session token is a 403; any other, a 401.
 * </ul>
 *
 * A refused request ({@link ConsoleRequestException}) is a 400 {@code {"error", "field"}}; any
 * other failure a 500 with no detail (logged). The principal of every change is {@code admin}.
 */
public final class ConsoleHttp {
  /** The path it serves, with its trailing slash. */
  public static final String BASE = "/console/";

  /** The session cookie. */
  public static final String SESSION_COOKIE = "hookwire-console";

  /** Who the history says made a change: the demo has one administrator. */
  static final String ADMIN = "admin";

  private static final System.Logger LOG = System.getLogger("dev.hookwire.demo");
  private static final int MAX_BODY = 256 * 1024;
  private static final String CSP =
      "default-src 'self'; base-uri 'none'; form-action 'self';" + " frame-ancestors 'none'";

  private final HookConsole console;
  private final AdminSessions sessions;
  private final DataSource dataSource;

  /**
   * @param dataSource the demo's database, to tell a user's session token (403) from no
   *     credential (401)
   */
  public ConsoleHttp(HookConsole console, String adminToken, DataSource dataSource) {
    this.console = console;
    this.sessions = new AdminSessions(adminToken, Clock.systemUTC());
    this.dataSource = dataSource;
  }

  /** Handles a request whose path starts with {@code /console}. */
  public void handle(HttpExchange exchange) throws IOException {
    try {
      route(exchange);
    } catch (ConsoleRequestException refused) {
      json(exchange, 400, HookConsole.error(refused));
    } catch (SQLException | RuntimeException e) {
      LOG.log(
          Level.ERROR,
          exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " failed",
          e);
      error(exchange, 500, "Internal error.");
    } finally {
      exchange.close();
    }
  }

  private void route(HttpExchange exchange) throws IOException, SQLException {
    String path = exchange.getRequestURI().getPath();
    String method = exchange.getRequestMethod();
    if (path.equals("/console")) {
      redirect(exchange, BASE);
      return;
    }
    if (!path.startsWith(BASE)) {
      error(exchange, 404, "No such endpoint: " + path);
      return;
    }
    String rest = path.substring(BASE.length());
    if (rest.equals("login")) {
      login(exchange, method);
      return;
    }
    if (rest.startsWith("api/")) {
      api(exchange, method, rest.substring("api/".length()));
      return;
    }
    Optional<ConsoleAssets.Asset> asset = ConsoleAssets.find(rest);
    if (asset.isEmpty()) {
      error(exchange, 404, "No such page: " + path);
      return;
    }
    if (!method.equals("GET")) {
      notAllowed(exchange, "GET");
      return;
    }
    // The stylesheet is the login page's too, and holds nothing of the service.
    if (!rest.equals("console.css") && session(exchange).isEmpty()) {
      redirect(exchange, BASE + "login");
      return;
    }
    send(exchange, 200, asset.get().contentType(), asset.get().bytes());
  }

  private void api(HttpExchange exchange, String method, String operation)
      throws IOException, SQLException {
    String expected = switch (operation) {
      case "state" -> "GET";
      case "change", "dry-run" -> "POST";
      default -> null;
    };
    if (expected == null) {
      error(exchange, 404, "No such operation: " + operation);
      return;
    }
    Optional<AdminSessions.Session> session = session(exchange);
    String bearer = bearer(exchange.getRequestHeaders());
    boolean admin = session.isPresent() || sessions.isAdminToken(bearer);
    if (!admin) {
      if (bearer != null && isUserSession(bearer)) {
        error(exchange, 403, "Only the administrator may use the console.");
      } else {
        error(exchange, 401, "Sign in first: POST the admin token to " + BASE + "login.");
      }
      return;
    }
    if (!expected.equals(method)) {
      notAllowed(exchange, expected);
      return;
    }
    if (method.equals("POST")
        && session.isPresent()
        && !sessions.isAdminToken(bearer)
        && !csrfHolds(exchange.getRequestHeaders(), session.get())) {
      error(exchange, 403, "The request lacks its CSRF token (the X-XSRF-TOKEN header).");
      return;
    }
    JsonNode answer = switch (operation) {
      case "state" -> console.state();
      case "change" -> console.change(HookConsole.parse(body(exchange)), ADMIN);
      default -> console.dryRun(HookConsole.parse(body(exchange)));
    };
    json(exchange, 200, answer);
  }

  private void login(HttpExchange exchange, String method) throws IOException {
    if (method.equals("GET")) {
      send(exchange, 200, "text/html; charset=utf-8", LoginPage.html(null));
      return;
    }
    if (!method.equals("POST")) {
      notAllowed(exchange, "GET, POST");
      return;
    }
    String token = formField(body(exchange), "token");
    Optional<AdminSessions.Session> session = sessions.signIn(token);
    if (session.isEmpty()) {
      send(
          exchange,
          401,
          "text/html; charset=utf-8",
          LoginPage.html("That is not the admin token."));
      return;
    }
    Headers headers = exchange.getResponseHeaders();
    headers.add(
        "Set-Cookie",
        SESSION_COOKIE + "=" + session.get().id() + "; Path=" + BASE
            + "; HttpOnly; SameSite=Strict");
    headers.add(
        "Set-Cookie",
        "XSRF-TOKEN=" + session.get().xsrfToken() + "; Path=" + BASE + "; SameSite=Strict");
    redirect(exchange, BASE);
  }

  /** The session the request's cookie names, if it is live. */
  private Optional<AdminSessions.Session> session(HttpExchange exchange) {
    return sessions.find(cookie(exchange.getRequestHeaders(), SESSION_COOKIE));
  }

  /** The header, the cookie and the session's token are one and the same. */
  private static boolean csrfHolds(Headers headers, AdminSessions.Session session) {
    String header = headers.getFirst("X-XSRF-TOKEN");
    String cookie = cookie(headers, "XSRF-TOKEN");
    return header != null
        && cookie != null
        && equal(header, cookie)
        && equal(header, session.xsrfToken());
  }

  private static boolean equal(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  /** Whether {@code token} is a live session token of a user of the demo. */
  private boolean isUserSession(String token) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement(
            "SELECT 1 FROM \"session\" WHERE token = ? AND expires_at > ?")) {
      query.setString(1, token);
      query.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
      try (ResultSet rows = query.executeQuery()) {
        return rows.next();
      }
    }
  }

  static String cookie(Headers headers, String name) {
    for (String header : headers.getOrDefault("Cookie", List.of())) {
      for (String part : header.split(";")) {
        int eq = part.indexOf('=');
        if (eq > 0 && part.substring(0, eq).strip().equals(name)) {
          return part.substring(eq + 1).strip();
        }
      }
    }
    return null;
  }

  private static String bearer(Headers headers) {
    String header = headers.getFirst("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    String token = header.substring(7).strip();
    return token.isEmpty() ? null : token;
  }

  private static String formField(String body, String name) {
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0
          && URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8).equals(name)) {
        return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  /** The body, at most {@link #MAX_BODY} bytes; a larger one is a 400. */
  private static String body(HttpExchange exchange) throws IOException {
    InputStream in = exchange.getRequestBody();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    for (int n; (n = in.read(buffer)) >= 0; ) {
      out.write(buffer, 0, n);
      if (out.size() > MAX_BODY) {
        throw new ConsoleRequestException(
            "The body is too large: the console takes at most " + MAX_BODY + " bytes.", null);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static void redirect(HttpExchange exchange, String location) throws IOException {
    exchange.getResponseHeaders().set("Location", location);
    send(exchange, 303, "text/plain; charset=utf-8", new byte[0]);
  }

  private static void notAllowed(HttpExchange exchange, String allowed) throws IOException {
    exchange.getResponseHeaders().set("Allow", allowed);
    error(exchange, 405, "This takes " + allowed + ".");
  }

  private static void error(HttpExchange exchange, int status, String message) throws IOException {
    json(exchange, status, HookConsole.error(new ConsoleRequestException(message, null)));
  }

  private static void json(HttpExchange exchange, int status, JsonNode answer) throws IOException {
    send(
        exchange,
        status,
        "application/json; charset=utf-8",
        HookConsole.write(answer).getBytes(StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    Headers headers = exchange.getResponseHeaders();
    headers.set("Content-Type", type);
    headers.set("Cache-Control", "no-store");
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Referrer-Policy", "same-origin");
    headers.set("Content-Security-Policy", CSP);
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
