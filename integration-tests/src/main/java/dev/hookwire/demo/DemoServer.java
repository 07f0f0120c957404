package dev.hookwire.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.hookwire.auth.AuthHooks;
import dev.hookwire.console.HookConsole;
import dev.hookwire.console.HookStats;
import dev.hookwire.demo.console.ConsoleHttp;
import dev.hookwire.demo.hooks.HookWiring;
import dev.hookwire.outbox.Outbox;
import dev.hookwire.outbox.OutboxCounts;
import dev.hookwire.outbox.OutboxWorkers;
import dev.hookwire.outbox.RetryPolicy;
import dev.hookwire.outbox.webhook.NetworkPolicy;
import dev.hookwire.outbox.webhook.WebhookEndpoint;
import dev.hookwire.outbox.webhook.Webhooks;
import dev.hookwire.runtime.HookDependencies;
import dev.hookwire.runtime.HookFailure;
import dev.hookwire.runtime.HookListener;
import dev.hookwire.runtime.HookRuntime;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * The demo auth service over HTTP, on the JDK's own {@link HttpServer}: {@code POST /sign-up},
 * {@code POST /sign-in}, {@code POST /admin/create-user} (bearer admin token) and {@code GET /me}
 * (bearer session token). Bodies are JSON objects (or form-encoded fields); answers are JSON.
 * Every answer carries one {@code Hookwire-Trace} header per hook that ran or failed.
 *
 * <p>{@code /console/} serves the operating console ({@link ConsoleHttp}) to the admin, who signs
 * in there with the admin token: the demo's hooks with their state and counts, switches, the
 * history and dry runs.
 *
 * <p>The {@code @Durable} hooks' events and the webhooks go through a {@code hooks-outbox} outbox
 * on the same database, drained by two workers of this server after each commit.
 *
 * <p>It binds to the loopback address only. {@link #close()} stops it, its threads and its outbox
 * workers.
 */
public final class DemoServer implements AutoCloseable {
  /** The response header that lists what the hooks did, one value per hook. */
  public static final String TRACE_HEADER = "Hookwire-Trace";

  private static final System.Logger LOG = System.getLogger("dev.hookwire.demo");
  /**
   * The largest body read, in bytes. A UTF-8 text of n bytes has at most n characters, so the
   * parser's own limit ({@link Json#MAX_LENGTH}) is never the one that refuses a body.
   */
  private static final int MAX_BODY = Json.MAX_LENGTH;

  /** How much of a body over {@link #MAX_BODY} is read and dropped before the 413 (see tooLarge). */
  private static final long MAX_DISCARD = 64L * 1024 * 1024;
  /** The trace of the request on this thread, for the listener (which is told no context). */
  private static final ThreadLocal<HookTrace> CURRENT = new ThreadLocal<>();

  /**
   * How to run the service.
   *
   * @param port 0 for an ephemeral port
   * @param threads request threads
   * @param hookEnv environment values the hooks may read
   * @param listener also told about every hook failure (the server's own listener records them in
   *     the trace and logs them)
   * @param webhooks the endpoints the outbox POSTs events to; {@code http://} and loopback are
   *     allowed ({@link NetworkPolicy#LOCAL_DEVELOPMENT}): the demo's receiver is local
   */
  public record Config(
      DataSource dataSource,
      String adminToken,
      int port,
      int threads,
      Map<String, String> hookEnv,
      HookListener listener,
      List<WebhookEndpoint> webhooks) {
    public Config {
      Objects.requireNonNull(dataSource, "dataSource");
      Objects.requireNonNull(adminToken, "adminToken");
      hookEnv = Map.copyOf(hookEnv);
      Objects.requireNonNull(listener, "listener");
      webhooks = List.copyOf(webhooks);
    }

    /** No webhook endpoint. */
    public Config(
        DataSource dataSource,
        String adminToken,
        int port,
        int threads,
        Map<String, String> hookEnv,
        HookListener listener) {
      this(dataSource, adminToken, port, threads, hookEnv, listener, List.of());
    }

    /** An ephemeral port, 16 request threads, no extra listener. */
    public static Config of(DataSource dataSource, String adminToken, Map<String, String> hookEnv) {
      return new Config(dataSource, adminToken, 0, 16, hookEnv, HookListener.none());
    }
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final AuthService service;
  private final AuthHooks hooks;
  private final Outbox outbox;
  private final OutboxWorkers workers;

  private DemoServer(Config config) throws IOException {
    HookListener extra = config.listener();
    HookListener tracing = failure -> {
      HookTrace trace = CURRENT.get();
      if (trace != null) {
        trace.failed(failure);
      }
      log(failure);
      extra.hookFailed(failure);
    };
    // The console's counts hear every hook too (it traces: two clock reads per hook).
    HookStats stats = new HookStats();
    HookRuntime runtime =
        HookRuntime.builder().listener(stats.alongside(tracing)).build();
    // The hooks that touch the database take it in their constructors: looked up once, here.
    HookDependencies dependencies =
        HookDependencies.of(Map.of(DataSource.class, config.dataSource()));
    HookWiring wiring = new HookWiring(runtime, dependencies);
    this.hooks = wiring;
    HookConsole console = HookConsole.builder(runtime)
        .wiring(HookWiring.class, wiring::describe, rt -> new HookWiring(rt, dependencies))
        .stats(stats)
        .build();
    Webhooks.Builder webhooks = Webhooks.builder().network(NetworkPolicy.LOCAL_DEVELOPMENT);
    config.webhooks().forEach(webhooks::endpoint);
    // Short waits, for a demo: a failed delivery is retried within seconds, not minutes.
    this.outbox = Outbox.builder(config.dataSource())
        .durableHooks(wiring)
        .subscribers(webhooks.build().subscribers())
        .retryPolicy(new RetryPolicy(10, Duration.ofMillis(200), Duration.ofSeconds(5)))
        .pollInterval(Duration.ofMillis(50))
        .build();
    this.service =
        new AuthService(config.dataSource(), hooks, outbox, config.hookEnv(), config.adminToken());
    this.executor = Executors.newFixedThreadPool(config.threads(), threads());
    this.server = HttpServer.create(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), config.port()), 64);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.createContext(
        "/console", new ConsoleHttp(console, config.adminToken(), config.dataSource())::handle);
    this.workers = outbox.start(2); // last: nothing after it can fail and leave them running
  }

  /** Creates the tables if needed and starts serving on 127.0.0.1. */
  public static DemoServer start(Config config) throws IOException, SQLException {
    Schema.create(config.dataSource());
    DemoServer demo = new DemoServer(config);
    demo.server.start();
    return demo;
  }

  /** {@code http://127.0.0.1:<port>}. */
  public URI uri() {
    InetSocketAddress address = server.getAddress();
    return URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort());
  }

  /** {@code http://127.0.0.1:<port>/console/}: the operating console, for the admin. */
  public URI consoleUri() {
    return uri().resolve(ConsoleHttp.BASE);
  }

  /** The wiring the service calls, for tests that re-run a hook by hand. */
  public AuthHooks hooks() {
    return hooks;
  }

  /** The outbox the durable hooks and webhooks go through. */
  public Outbox outbox() {
    return outbox;
  }

  /**
   * Waits until the outbox has no pending event (each delivered or dead-lettered), polling.
   *
   * @return the counts then, or at the timeout
   */
  public OutboxCounts awaitOutboxDrained(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    OutboxCounts counts = outbox.counts();
    while (counts.pending() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(20);
      counts = outbox.counts();
    }
    return counts;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdown();
    try {
      if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
    workers.close();
  }

  private void handle(HttpExchange exchange) throws IOException {
    HookTrace trace = new HookTrace();
    CURRENT.set(trace);
    AuthService.Reply reply;
    try {
      reply = route(exchange, trace);
    } catch (BadRequest e) {
      reply = AuthService.Reply.error(e.status, e.getMessage());
    } catch (SQLException | RuntimeException e) {
      LOG.log(
          Level.ERROR,
          exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " failed",
          e);
      reply = AuthService.Reply.error(500, "Internal error.");
    } finally {
      CURRENT.remove();
    }
    byte[] body = Json.write(reply.body()).getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    for (String line : trace.lines()) {
      exchange.getResponseHeaders().add(TRACE_HEADER, ascii(line));
    }
    exchange.sendResponseHeaders(reply.status(), body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private AuthService.Reply route(HttpExchange exchange, HookTrace trace)
      throws IOException, BadRequest, SQLException {
    String path = exchange.getRequestURI().getPath();
    String method = exchange.getRequestMethod();
    String expected = switch (path) {
      case "/sign-up", "/sign-in", "/admin/create-user" -> "POST";
      case "/me" -> "GET";
      default -> null;
    };
    if (expected == null) {
      return AuthService.Reply.error(404, "No such endpoint: " + path);
    }
    if (!expected.equals(method)) {
      exchange.getResponseHeaders().set("Allow", expected);
      return AuthService.Reply.error(405, path + " takes " + expected);
    }
    Map<String, String> fields = expected.equals("POST") ? fields(exchange) : Map.of();
    AuthService.Request request = new AuthService.Request(
        path,
        fields,
        bearerToken(exchange),
        exchange.getRemoteAddress().getAddress().getHostAddress(),
        exchange.getRequestHeaders().getFirst("User-Agent"));
    return switch (path) {
      case "/sign-up" -> service.signUp(request, trace);
      case "/sign-in" -> service.signIn(request, trace);
      case "/admin/create-user" -> service.adminCreateUser(request, trace);
      default -> service.me(request, trace);
    };
  }

  /**
   * The body's fields: a JSON object, or {@code application/x-www-form-urlencoded}. Every field of
   * this API is a string; any other value is a 400.
   */
  private static Map<String, String> fields(HttpExchange exchange) throws IOException, BadRequest {
    String body = readBody(exchange);
    String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
    if (type.startsWith("application/x-www-form-urlencoded")) {
      Map<String, String> form = new LinkedHashMap<>();
      for (String pair : body.split("&")) {
        if (!pair.isEmpty()) {
          int eq = pair.indexOf('=');
          String key =
              URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
          String value =
              eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
          form.put(key, value);
        }
      }
      return form;
    }
    Map<String, Object> object;
    try {
      object = Json.parseObject(body);
    } catch (Json.ParseException e) {
      throw new BadRequest(400, e.getMessage());
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (Map.Entry<String, Object> field : object.entrySet()) {
      if (!(field.getValue() instanceof String value)) {
        throw new BadRequest(400, "The field \"" + field.getKey() + "\" must be a string.");
      }
      fields.put(field.getKey(), value);
    }
    return fields;
  }

  /**
   * The body as text, at most {@link #MAX_BODY} bytes; a larger one is refused with a 413, whether
   * its length is declared or it is chunked.
   */
  private static String readBody(HttpExchange exchange) throws IOException, BadRequest {
    InputStream in = exchange.getRequestBody();
    if (declaredLength(exchange) > MAX_BODY) {
      throw tooLarge(exchange, in);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    for (int n; (n = in.read(buffer)) >= 0; ) {
      out.write(buffer, 0, n);
      if (out.size() > MAX_BODY) {
        throw tooLarge(exchange, in);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** The {@code Content-Length}, or -1 for a chunked body (the server has checked its syntax). */
  private static long declaredLength(HttpExchange exchange) {
    String declared = exchange.getRequestHeaders().getFirst("Content-Length");
    return declared == null ? -1 : Long.parseLong(declared.strip());
  }

  /**
   * The 413 for a body over the limit. The rest of the body, up to {@link #MAX_DISCARD} bytes, is
   * read and dropped first: closing a connection with unread data resets it, and a client that is
   * still sending then loses the answer. A body larger still is cut off and the connection closed.
   */
  private static BadRequest tooLarge(HttpExchange exchange, InputStream in) throws IOException {
    long dropped = 0;
    byte[] buffer = new byte[8192];
    for (int n; dropped <= MAX_DISCARD && (n = in.read(buffer)) >= 0; ) {
      dropped += n;
    }
    if (dropped > MAX_DISCARD) {
      exchange.getResponseHeaders().set("Connection", "close");
    }
    return new BadRequest(
        413, "The body is too large: this service takes at most " + MAX_BODY + " bytes.");
  }

  private static String bearerToken(HttpExchange exchange) {
    String header = exchange.getRequestHeaders().getFirst("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    String token = header.substring(7).strip();
    return token.isEmpty() ? null : token;
  }

  /** Header values must be printable ASCII. */
  private static String ascii(String line) {
    StringBuilder out = new StringBuilder(line.length());
    line.chars().forEach(c -> out.append(c >= 0x20 && c < 0x7f ? (char) c : '?'));
    return out.toString();
  }

  private static void log(HookFailure failure) {
    Level level = failure.isRejection() ? Level.DEBUG : Level.WARNING;
    if (LOG.isLoggable(level)) {
      LOG.log(level, failure.describe(), failure.exception().orElse(null));
    }
  }

  private static ThreadFactory threads() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "demo-http-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** A request the service cannot read. */
  private static final class BadRequest extends Exception {
    private static final long serialVersionUID = 1L;
    private final int status;

    BadRequest(int status, String message) {
      super(message);
      this.status = status;
    }
  }
}
