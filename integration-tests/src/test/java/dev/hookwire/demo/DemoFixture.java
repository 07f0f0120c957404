package dev.hookwire.demo;

import dev.hookwire.outbox.OutboxCounts;
import dev.hookwire.runtime.HookListener;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A demo server on its own in-memory H2 database, bound to 127.0.0.1 on an ephemeral port, and an
 * HTTP client for it. Close it to stop the server and drop the database.
 */
final class DemoFixture implements AutoCloseable {
  static final String ADMIN_TOKEN = "test-admin-token";

  final JdbcDataSource dataSource = new JdbcDataSource(
      "jdbc:h2:mem:demo-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null);
  final DemoServer server;
  final HttpClient client = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();

  DemoFixture(Map<String, String> hookEnv, HookListener listener) throws IOException, SQLException {
    server =
        DemoServer.start(new DemoServer.Config(dataSource, ADMIN_TOKEN, 0, 16, hookEnv, listener));
  }

  DemoFixture() throws IOException, SQLException {
    this(Map.of(), HookListener.none());
  }

  /** An answer: status, JSON body and the hooks' trace lines. */
  record Answer(int status, Map<String, Object> body, List<String> trace) {
    @SuppressWarnings("unchecked")
    Map<String, Object> object(String name) {
      return (Map<String, Object>) body.get(name);
    }

    String string(String name) {
      return (String) body.get(name);
    }
  }

  Answer post(String path, String bearer, String... fieldsAndValues)
      throws IOException, InterruptedException {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (int i = 0; i < fieldsAndValues.length; i += 2) {
      fields.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
    }
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(Json.write(fields), StandardCharsets.UTF_8));
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    return send(request.build());
  }

  Answer get(String path, String bearer) throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET();
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    return send(request.build());
  }

  Answer signUp(String email, String name) throws IOException, InterruptedException {
    return post("/sign-up", null, "email", email, "name", name, "password", "correct horse");
  }

  Answer signIn(String email) throws IOException, InterruptedException {
    return post("/sign-in", null, "email", email, "password", "correct horse");
  }

  Answer send(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> response =
        client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    try {
      return new Answer(
          response.statusCode(),
          Json.parseObject(response.body()),
          response.headers().allValues(DemoServer.TRACE_HEADER));
    } catch (Json.ParseException e) {
      throw new AssertionError("Not JSON: " + response.body(), e);
    }
  }

  /**
   * Waits (at most 30 s) until the outbox's workers have delivered every event recorded so far.
   *
   * @return the counts then
   * @throws AssertionError if one is still pending or was dead-lettered
   */
  OutboxCounts awaitOutbox() throws InterruptedException {
    OutboxCounts counts = server.awaitOutboxDrained(Duration.ofSeconds(30));
    if (counts.pending() != 0 || counts.dead() != 0) {
      throw new AssertionError("The outbox did not drain: " + counts);
    }
    return counts;
  }

  URI uri(String path) {
    return server.uri().resolve(path);
  }

  Map<String, Integer> rowCounts() throws SQLException {
    return Schema.rowCounts(dataSource);
  }

  long count(String sql, String... parameters) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        query.setString(i + 1, parameters[i]);
      }
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  /** The single string a query answers. */
  String string(String sql, String... parameters) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        query.setString(i + 1, parameters[i]);
      }
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getString(1);
      }
    }
  }

  void execute(String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  @Override
  public void close() throws SQLException {
    server.close();
    execute("SHUTDOWN"); // drops the in-memory database
  }
}
