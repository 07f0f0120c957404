package dev.hookwire.demo.console;

import dev.hookwire.demo.DemoServer;
import dev.hookwire.demo.JdbcDataSource;
import dev.hookwire.demo.Json;
import dev.hookwire.runtime.HookListener;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The plain demo on its own in-memory database, for the console's tests, with an HTTP client that
 * follows no redirect and keeps no cookie (each test sends the ones it means to).
 */
final class ConsoleDemo implements AutoCloseable {
  static final String ADMIN_TOKEN = "console-test-admin-token";

  final DemoServer server;
  final HttpClient client = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .followRedirects(HttpClient.Redirect.NEVER)
      .connectTimeout(Duration.ofSeconds(5))
      .build();

  ConsoleDemo() throws IOException, SQLException {
    JdbcDataSource dataSource = new JdbcDataSource(
        "jdbc:h2:mem:console-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null);
    server = DemoServer.start(
        new DemoServer.Config(dataSource, ADMIN_TOKEN, 0, 8, Map.of(), HookListener.none()));
  }

  URI uri(String path) {
    return server.uri().resolve(path);
  }

  /** A signed-in admin's cookies: the session and the CSRF token. */
  record Admin(String session, String xsrf) {
    String cookies() {
      return ConsoleHttp.SESSION_COOKIE + "=" + session + "; XSRF-TOKEN=" + xsrf;
    }
  }

  HttpResponse<String> login(String token) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri("/console/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("token=" + token)));
  }

  Admin signIn() throws IOException, InterruptedException {
    List<String> cookies = login(ADMIN_TOKEN).headers().allValues("Set-Cookie");
    return new Admin(value(cookies, ConsoleHttp.SESSION_COOKIE), value(cookies, "XSRF-TOKEN"));
  }

  private static String value(List<String> cookies, String name) {
    for (String cookie : cookies) {
      if (cookie.startsWith(name + "=")) {
        return cookie.substring(name.length() + 1, cookie.indexOf(';'));
      }
    }
    throw new AssertionError("no cookie " + name + " in " + cookies);
  }

  HttpResponse<String> get(String path, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
    return send(headers.length == 0 ? request : request.headers(headers));
  }

  HttpResponse<String> post(String path, String json, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    return send(headers.length == 0 ? request : request.headers(headers));
  }

  /** A sign-up through the demo's own API, as a user makes one: its status. */
  int signUp(String email) throws IOException, InterruptedException {
    return post(
            "/sign-up",
            Json.write(Map.of("email", email, "name", "Someone", "password", "correct horse")))
        .statusCode();
  }

  HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return client.send(
        request.timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static Map<String, Object> json(HttpResponse<String> response) {
    try {
      return Json.parseObject(response.body());
    } catch (Json.ParseException e) {
      throw new AssertionError("not JSON: " + response.body(), e);
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
