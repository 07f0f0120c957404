package dev.hookwire.spring.console;

import dev.hookwire.console.ConsoleAssets;
import dev.hookwire.console.ConsoleRequestException;
import dev.hookwire.console.HookConsole;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.databind.JsonNode;

/**
 * The console's page and JSON API on Spring MVC, under the console's path: {@code GET <path>/} (and
 * its files), {@code GET <path>/api/state}, {@code POST <path>/api/change} and {@code POST
 * <path>/api/dry-run}, each answered by the {@link HookConsole}. Who may call them is the
 * console's security filter chain's business; a change is made by the request's principal.
 *
 * <p>Every error is JSON {@code {"error": .., "field": ..}}: a {@link ConsoleRequestException}'s
 * own message (written to be shown; a body that is not one JSON object is one too) with 400, and
 * anything else with 500 and a fixed text, its exception logged and never sent.
 */
final class ConsoleRoutes {
  private static final System.Logger LOG = System.getLogger("dev.hookwire.console");

  private final HookConsole console;

  private ConsoleRoutes(HookConsole console) {
    this.console = console;
  }

  /** The routes of {@code console} under {@code path} (as checked by the properties). */
  static RouterFunction<ServerResponse> of(HookConsole console, String path) {
    ConsoleRoutes routes = new ConsoleRoutes(console);
    // The page's URLs are relative: it must be seen at <path>/, never at <path>.
    URI withSlash = URI.create(path.substring(path.lastIndexOf('/') + 1) + "/");
    return RouterFunctions.route()
        .GET(
            path,
            request ->
                ServerResponse.status(HttpStatus.FOUND).location(withSlash).build())
        .GET(path + "/", request -> asset("index.html"))
        .GET(path + "/api/state", request -> json(HttpStatus.OK, routes.console.state()))
        .POST(path + "/api/change", routes::change)
        .POST(path + "/api/dry-run", routes::dryRun)
        .GET(path + "/{file}", request -> asset(request.pathVariable("file")))
        .onError(
            ConsoleRequestException.class,
            (e, request) ->
                json(HttpStatus.BAD_REQUEST, HookConsole.error((ConsoleRequestException) e)))
        .onError(Exception.class, ConsoleRoutes::failed)
        .build();
  }

  private ServerResponse change(ServerRequest request) throws Exception {
    Optional<Principal> principal = request.principal();
    if (principal.isEmpty()) {
      // The security filter chain lets no anonymous request through; were it missing, say so.
      return error(HttpStatus.UNAUTHORIZED, "Sign in to change hooks.");
    }
    return json(HttpStatus.OK, console.change(body(request), principal.get().getName()));
  }

  private ServerResponse dryRun(ServerRequest request) throws Exception {
    return json(HttpStatus.OK, console.dryRun(body(request)));
  }

  /** The request's one JSON object, else a {@link ConsoleRequestException} saying where. */
  private static JsonNode body(ServerRequest request) throws Exception {
    return HookConsole.parse(new String(request.body(byte[].class), StandardCharsets.UTF_8));
  }

  private static ServerResponse asset(String name) {
    return ConsoleAssets.find(name)
        .map(asset -> ServerResponse.ok()
            .contentType(MediaType.parseMediaType(asset.contentType()))
            .cacheControl(CacheControl.noCache())
            .body(asset.bytes()))
        .orElseGet(() -> ServerResponse.notFound().build());
  }

  private static ServerResponse json(HttpStatus status, JsonNode body) {
    return ServerResponse.status(status)
        .contentType(MediaType.APPLICATION_JSON)
        .cacheControl(CacheControl.noStore())
        .body(HookConsole.write(body).getBytes(StandardCharsets.UTF_8));
  }

  private static ServerResponse error(HttpStatus status, String message) {
    return json(status, HookConsole.error(new ConsoleRequestException(message, null)));
  }

  /** {@code {"error": message, "field": null}} as UTF-8 bytes, for the security chain's refusals. */
  static byte[] errorJson(String message) {
    return HookConsole.write(HookConsole.error(new ConsoleRequestException(message, null)))
        .getBytes(StandardCharsets.UTF_8);
  }

  private static ServerResponse failed(Throwable e, ServerRequest request) {
    LOG.log(
        Level.ERROR,
        "The Hookwire console failed to answer " + request.method() + " " + request.path(),
        e);
    return error(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "The console could not do that; the service's log has the details.");
  }
}
