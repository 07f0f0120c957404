package dev.hookwire.console;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;

/**
 * The smallest host of a {@link HookConsole}, for the page's browser tests: the JDK's HTTP server
 * on 127.0.0.1 serving the page and the API under {@code /console/}, with the CSRF cookie set on
 * the page and checked on each POST (403 without), and no sign-in (the tests' principal is
 * "tester").
 */
final class PageHost implements AutoCloseable {
  static final String XSRF = "page-test-xsrf";

  private final HttpServer server;
  private final HookConsole console;
  /** POSTs refused for their missing CSRF header. */
  final AtomicInteger refused = new AtomicInteger();

  PageHost(HookConsole console) throws IOException {
    this.console = console;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    server.createContext("/console/", this::handle);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/console/";
  }

  private void handle(HttpExchange exchange) throws IOException {
    String rest = exchange.getRequestURI().getPath().substring("/console/".length());
    try {
      if (rest.startsWith("api/")) {
        api(exchange, rest.substring(4));
        return;
      }
      Optional<ConsoleAssets.Asset> asset = ConsoleAssets.find(rest);
      if (asset.isEmpty()) {
        send(exchange, 404, "text/plain", new byte[0]);
        return;
      }
      exchange.getResponseHeaders().add("Set-Cookie", "XSRF-TOKEN=" + XSRF + "; Path=/console/");
      send(exchange, 200, asset.get().contentType(), asset.get().bytes());
    } finally {
      exchange.close();
    }
  }

  private void api(HttpExchange exchange, String operation) throws IOException {
    if (exchange.getRequestMethod().equals("POST")
        && !XSRF.equals(exchange.getRequestHeaders().getFirst("X-XSRF-TOKEN"))) {
      refused.incrementAndGet();
      send(exchange, 403, "application/json", "{\"error\": \"secret detail\"}".getBytes());
      return;
    }
    JsonNode answer;
    int status = 200;
    try {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      answer = switch (operation) {
        case "state" -> console.state();
        case "change" -> console.change(HookConsole.parse(body), "tester");
        default -> console.dryRun(HookConsole.parse(body));
      };
    } catch (ConsoleRequestException bad) {
      answer = HookConsole.error(bad);
      status = 400;
    }
    send(
        exchange,
        status,
        "application/json",
        HookConsole.write(answer).getBytes(StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
