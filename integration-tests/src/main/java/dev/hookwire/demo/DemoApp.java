package dev.hookwire.demo;

import dev.hookwire.outbox.OutboxCounts;
import dev.hookwire.outbox.webhook.WebhookEndpoint;
import dev.hookwire.outbox.webhook.WebhookSecret;
import dev.hookwire.runtime.HookListener;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Starts the demo auth service on an embedded H2 database and runs a scripted session against it
 * over HTTP, printing each request, the answer and what the hooks did (inline, or recorded durable
 * in the request's transaction); then waits for the outbox's workers to deliver the durable hook
 * and the webhook to a local {@link WebhookReceiver} it starts, prints what arrived, and stops.
 *
 * <pre>
 * mvn -q -DskipTests -Pdemo package    # the scripted session
 * mvn -q -DskipTests -Pserve package   # --serve --port 8080: serve until Ctrl-C, with curl lines
 * </pre>
 *
 * Options: {@code --serve}, {@code --port N} (default: ephemeral), {@code --jdbc-url URL}, {@code
 * --jdbc-user U}, {@code --jdbc-password P}; or the environment variables {@code
 * HOOKWIRE_DEMO_JDBC_URL}, {@code HOOKWIRE_DEMO_JDBC_USER}, {@code HOOKWIRE_DEMO_JDBC_PASSWORD},
 * {@code HOOKWIRE_DEMO_ADMIN_TOKEN}. Any JDBC URL works whose driver is on the class path; the
 * default is an in-memory H2 database.
 */
public final class DemoApp {
  static final String DEFAULT_JDBC_URL = "jdbc:h2:mem:hookwire-demo;DB_CLOSE_DELAY=-1";
  /** The webhook endpoint's name: its outbox target is {@code webhook:local-receiver}. */
  static final String RECEIVER = "local-receiver";
  /** The longest the scripted session waits for the outbox's deliveries. */
  static final Duration DELIVERY_WAIT = Duration.ofSeconds(15);

  private final PrintStream out;
  private final HttpClient client = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();
  private int step;

  DemoApp(PrintStream out) {
    this.out = out;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    String url = option(options, "jdbc-url", "HOOKWIRE_DEMO_JDBC_URL", DEFAULT_JDBC_URL);
    JdbcDataSource dataSource = new JdbcDataSource(
        url,
        option(options, "jdbc-user", "HOOKWIRE_DEMO_JDBC_USER", null),
        option(options, "jdbc-password", "HOOKWIRE_DEMO_JDBC_PASSWORD", null));
    String adminToken =
        option(options, "admin-token", "HOOKWIRE_DEMO_ADMIN_TOKEN", Passwords.randomToken(24));
    int port = Integer.parseInt(options.getOrDefault("port", "0"));
    Map<String, String> hookEnv = Map.of("DEFAULT_PLAN", "pro", "BACKFILL_DELAY_MS", "150");
    boolean serve = options.containsKey("serve");
    DemoApp app = new DemoApp(System.out);
    String secret = Passwords.webhookSecret();

    try (WebhookReceiver receiver = WebhookReceiver.start(
            WebhookSecret.of(secret), serve ? app::printDelivery : delivery -> {});
        DemoServer server = DemoServer.start(new DemoServer.Config(
            dataSource,
            adminToken,
            port,
            16,
            hookEnv,
            HookListener.none(),
            List.of(WebhookEndpoint.builder(RECEIVER, receiver.uri())
                .secret(secret)
                .events("after-user-create")
                .build())))) {
      if (serve) {
        app.serve(server, receiver, adminToken, url);
      } else {
        app.script(server, receiver, adminToken, url);
        app.summary(dataSource, receiver);
      }
    } finally {
      if (url.equals(DEFAULT_JDBC_URL)) {
        shutdownH2(dataSource);
      }
    }
  }

  /** The scripted session: what the README's first command shows. */
  void script(DemoServer server, WebhookReceiver receiver, String adminToken, String url)
      throws IOException, InterruptedException {
    URI base = server.uri();
    out.println("Hookwire demo: an auth service on " + base + " (JDK HttpServer), database " + url);
    out.println("Hooks: dev.hookwire.demo.hooks, wired by the generated HookWiring; durable ones"
        + " through the outbox (2 workers), webhook " + RECEIVER + " to " + receiver.uri() + ".");

    post(
        base,
        "/sign-up",
        null,
        fields(
            "email", "ada@example.com", "name", "  Ada Lovelace  ", "password", "correct horse"));
    post(
        base,
        "/sign-up",
        null,
        fields("email", "temp@mailinator.com", "name", "Temp", "password", "whatever123"));
    post(
        base,
        "/admin/create-user",
        adminToken,
        fields("email", "grace@example.com", "name", "Grace Hopper"));
    awaitDeliveries(server, receiver);
    Map<String, Object> signIn = post(
        base, "/sign-in", null, fields("email", "ada@example.com", "password", "correct horse"));
    String token = String.valueOf(signIn.get("token"));
    get(base, "/me", token);
  }

  /**
   * Waits, at most {@link #DELIVERY_WAIT}, until the outbox has delivered the events of the
   * sign-ups (the durable hooks and the webhook) and the receiver has verified two.
   */
  private void awaitDeliveries(DemoServer server, WebhookReceiver receiver)
      throws InterruptedException {
    long start = System.nanoTime();
    OutboxCounts counts = server.awaitOutboxDrained(DELIVERY_WAIT);
    boolean received = receiver.awaitVerified(2, DELIVERY_WAIT);
    long took = Duration.ofNanos(System.nanoTime() - start).toMillis();
    out.println();
    out.println("Outbox workers, after the commits: " + counts.delivered() + " delivered, "
        + counts.pending() + " pending, " + counts.dead() + " dead-lettered"
        + (received ? "" : " (the receiver is still waiting)") + ", waited " + took + " ms");
  }

  void summary(JdbcDataSource dataSource, WebhookReceiver receiver) throws SQLException {
    out.println();
    out.println("Webhook deliveries to " + receiver.uri() + ":");
    // Two outbox workers deliver in either order: print them by user, so every run reads alike.
    receiver.deliveries().stream()
        .sorted(Comparator.comparing(
            WebhookReceiver.Delivery::userEmail, Comparator.nullsLast(Comparator.naturalOrder())))
        .forEach(this::printDelivery);
    out.println("Rows now: " + Schema.rowCounts(dataSource));
    out.println("Workspaces per user: " + Workspaces.personalWorkspaceCounts(dataSource));
    out.println("Demo finished; the server is stopped.");
  }

  private void printDelivery(WebhookReceiver.Delivery delivery) {
    out.println("   webhook-id " + delivery.webhookId() + ", event " + delivery.event() + ", user "
        + delivery.userEmail() + ", signature " + (delivery.verified() ? "ok" : "REFUSED"));
  }

  private void serve(DemoServer server, WebhookReceiver receiver, String adminToken, String url)
      throws InterruptedException {
    URI base = server.uri();
    out.println("Hookwire demo serving on " + base + " (database " + url + "). Try:");
    out.println(
        "  curl -i -H 'Content-Type: application/json' -d '{\"email\":\"ada@example.com\",\"name\":\" Ada \",\"password\":\"correct horse\"}' "
            + base + "/sign-up");
    out.println(
        "  curl -i -H 'Content-Type: application/json' -d '{\"email\":\"temp@mailinator.com\",\"password\":\"whatever123\"}' "
            + base + "/sign-up");
    out.println("  curl -i -H 'Authorization: Bearer " + adminToken
        + "' -H 'Content-Type: application/json' -d '{\"email\":\"grace@example.com\",\"name\":\"Grace\"}' "
        + base + "/admin/create-user");
    out.println(
        "  curl -i -H 'Content-Type: application/json' -d '{\"email\":\"ada@example.com\",\"password\":\"correct horse\"}' "
            + base + "/sign-in");
    out.println("  curl -i -H 'Authorization: Bearer <token from /sign-in>' " + base + "/me");
    out.println("The operating console: " + server.consoleUri() + " (sign in with the admin token "
        + adminToken + "; docs/console.md).");
    out.println("Each sign-up's webhook goes to " + receiver.uri()
        + ", which prints it when verified. Ctrl-C stops it.");
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
    stopped.await();
  }

  /** Request fields in the order given. */
  private static Map<String, String> fields(String... namesAndValues) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      fields.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return fields;
  }

  private Map<String, Object> post(URI base, String path, String token, Map<String, String> fields)
      throws IOException, InterruptedException {
    String json = Json.write(fields);
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return exchange(
        "POST " + path + (token != null ? " (admin token)" : "") + " " + redact(fields), request);
  }

  private Map<String, Object> get(URI base, String path, String token)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + token);
    return exchange("GET " + path + " (session token)", request);
  }

  private Map<String, Object> exchange(String title, HttpRequest.Builder request)
      throws IOException, InterruptedException {
    out.println();
    out.println(++step + ". " + title);
    HttpResponse<String> response =
        client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    out.println("   -> " + response.statusCode() + " " + abbreviate(response.body()));
    List<String> trace = response.headers().allValues(DemoServer.TRACE_HEADER);
    if (trace.isEmpty()) {
      out.println("   hooks: none ran");
    }
    for (int i = 0; i < trace.size(); i++) {
      out.println((i == 0 ? "   hooks: " : "          ") + trace.get(i));
    }
    try {
      return Json.parseObject(response.body());
    } catch (Json.ParseException e) {
      throw new IOException(
          "The demo server answered something that is not JSON: " + response.body(), e);
    }
  }

  private static String redact(Map<String, String> fields) {
    Map<String, String> shown = new LinkedHashMap<>(fields);
    shown.computeIfPresent("password", (k, v) -> "***");
    return Json.write(shown);
  }

  private static String abbreviate(String body) {
    // Session tokens are secrets: show their start only.
    return body.replaceAll("(\"token\":\"[A-Za-z0-9_-]{6})[A-Za-z0-9_-]+\"", "$1...\"");
  }

  private static void shutdownH2(JdbcDataSource dataSource) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN");
    } catch (SQLException e) {
      System.err.println("Could not shut the embedded database down: " + e);
    }
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("Unexpected argument: " + args[i]);
      }
      String name = args[i].substring(2);
      if (name.equals("serve")) {
        options.put(name, "true");
      } else if (i + 1 < args.length) {
        options.put(name, args[++i]);
      } else {
        throw new IllegalArgumentException("--" + name + " needs a value");
      }
    }
    return options;
  }

  private static String option(
      Map<String, String> options, String name, String envName, String fallback) {
    String value = options.get(name);
    if (value == null) {
      value = System.getenv(envName);
    }
    return value == null || value.isEmpty() ? fallback : value;
  }
}
