package dev.hookwire.demospring;

import dev.hookwire.securityupstream.Browser;
import dev.hookwire.securityupstream.Tokens;
import dev.hookwire.securityupstream.UpstreamServer;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Starts the Spring demo auth server and an upstream OIDC server on loopback ports, runs a
 * scripted session against the demo over HTTP, printing each request, the answer and which hooks
 * ran for it; then stops both.
 *
 * <pre>
 * mvn -q -DskipTests -Pdemo-spring package
 * </pre>
 *
 * Arguments are Spring Boot's: {@code --spring.datasource.url=jdbc:postgresql://...} (with {@code
 * --spring.datasource.username}, {@code --spring.datasource.password}, the driver on the class
 * path) runs it on another database; the default is an in-memory H2 database.
 */
public final class DemoSpring {
  private static final String CLIENT = Browser.basic("demo-client", "demo-secret");
  private static final String REDIRECT = "http://127.0.0.1/callback";
  private static final String VERIFIER = "demo-verifier-0123456789-0123456789-0123456789";

  /** One request of the session: what was sent, the answer, and the hooks that ran. */
  public record Step(String title, int status, String answer, List<String> hooks) {
    /** The events of {@link #hooks}, in order: {@code before-user-create, after-user-create}. */
    public List<String> events() {
      return hooks.stream().map(line -> line.substring(0, line.indexOf(' '))).toList();
    }
  }

  private final PrintStream out;
  private final HookTrace trace;
  private final int port;
  private final List<Step> steps = new ArrayList<>();

  private DemoSpring(PrintStream out, HookTrace trace, int port) {
    this.out = out;
    this.trace = trace;
    this.port = port;
  }

  public static void main(String[] args) throws InterruptedException {
    run(System.out, args);
  }

  /** Runs the whole demo, printing to {@code out}; returns its steps. */
  public static List<Step> run(PrintStream out, String... args) throws InterruptedException {
    try (ConfigurableApplicationContext upstream = UpstreamServer.start()) {
      int upstreamPort = UpstreamServer.port(upstream);
      SpringApplicationBuilder demo = new SpringApplicationBuilder(DemoSpringApplication.class)
          .properties(Map.copyOf(UpstreamServer.clientProperties(upstreamPort)));
      try (ConfigurableApplicationContext app = demo.run(args)) {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        out.println("Hookwire Spring demo: Spring Boot 4 and Spring Security 7 on http://127.0.0.1:"
            + port + ", database " + app.getEnvironment().getProperty("spring.datasource.url"));
        out.println("Upstream OIDC server (no Hookwire) on http://127.0.0.1:" + upstreamPort
            + "; hooks: dev.hookwire.demospring.hooks, wired by the starter.");
        DemoSpring session = new DemoSpring(out, app.getBean(HookTrace.class), port);
        session.script(upstreamPort);
        out.println();
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        out.println("Users now: "
            + String.join(
                ", ",
                jdbc.queryForList("select username from users order by username", String.class)));
        out.println("Rows now: " + rowCounts(jdbc));
        out.println("Demo finished; both servers are stopped.");
        return List.copyOf(session.steps);
      }
    }
  }

  private void script(int upstreamPort) throws InterruptedException {
    Browser api = new Browser(port);
    step(
        "POST /sign-up Ada@Example.com (form sign-up)",
        () -> api.post("/sign-up", Browser.form("email", "Ada@Example.com", "password", "s3cret")));
    step(
        "POST /sign-up temp@mailinator.com",
        () -> api.post(
            "/sign-up", Browser.form("email", "temp@mailinator.com", "password", "whatever")));
    step(
        "POST /admin/create-user grace@example.com (HTTP Basic as " + AdminAccount.USERNAME + ")",
        () -> api.post(
            "/admin/create-user",
            Browser.form("email", "grace@example.com"),
            "Authorization",
            Browser.basic(AdminAccount.USERNAME, "admin-password")));

    Browser ada = new Browser(port);
    step("POST /login ada@example.com, wrong password", () -> ada.login("ada@example.com", "no"));
    step("POST /login ada@example.com (form login)", () -> ada.login("ada@example.com", "s3cret"));
    step("GET /me (ada's session)", () -> ada.get("/me"));
    HttpResponse<String> authorize = step(
        "GET /oauth2/authorize (ada's session, PKCE)",
        () -> ada.get("/oauth2/authorize?response_type=code&client_id=demo-client"
            + "&scope=openid%20read&state=demo&redirect_uri=" + REDIRECT
            + "&code_challenge=" + Tokens.challenge(VERIFIER) + "&code_challenge_method=S256"));
    String code = Tokens.parameter(UpstreamServer.location(authorize), "code");
    HttpResponse<String> tokens = step(
        "POST /oauth2/token grant_type=authorization_code",
        () -> api.post(
            "/oauth2/token",
            Browser.form(
                "grant_type", "authorization_code",
                "code", code,
                "redirect_uri", REDIRECT,
                "code_verifier", VERIFIER),
            "Authorization",
            CLIENT));
    String refreshToken = (String) Tokens.json(tokens.body()).get("refresh_token");
    step(
        "POST /oauth2/token grant_type=refresh_token",
        () -> api.post(
            "/oauth2/token",
            Browser.form("grant_type", "refresh_token", "refresh_token", refreshToken),
            "Authorization",
            CLIENT));
    step(
        "POST /oauth2/token grant_type=client_credentials",
        () -> api.post(
            "/oauth2/token",
            Browser.form("grant_type", "client_credentials", "scope", "read"),
            "Authorization",
            CLIENT));

    Browser upstream = new Browser(upstreamPort);
    step(
        "OIDC login of " + UpstreamServer.USER + " through the upstream server (first time)",
        () -> UpstreamServer.signIn(new Browser(port), upstream));
    step(
        "OIDC login of " + UpstreamServer.USER + " again (a returning user)",
        () -> UpstreamServer.signIn(new Browser(port), upstream));
  }

  private HttpResponse<String> step(String title, Supplier<HttpResponse<String>> request)
      throws InterruptedException {
    out.println();
    out.println((steps.size() + 1) + ". " + title);
    HttpResponse<String> response = request.get();
    List<String> hooks = trace.awaitRequestsDone();
    String answer = answer(response);
    out.println("   -> " + response.statusCode() + " " + answer);
    if (hooks.isEmpty()) {
      out.println("   hooks: none ran");
    }
    for (int i = 0; i < hooks.size(); i++) {
      out.println((i == 0 ? "   hooks: " : "          ") + hooks.get(i));
    }
    steps.add(new Step(title, response.statusCode(), answer, hooks));
    return response;
  }

  /** The answer as a person reads it: where a redirect goes, a token's claims, else the body. */
  private static String answer(HttpResponse<String> response) {
    if (response.statusCode() == 302) {
      // An authorization code is a credential: show its start only.
      return "redirect to "
          + response
              .headers()
              .firstValue("Location")
              .orElse("?")
              .replaceAll("(code=[A-Za-z0-9_-]{6})[A-Za-z0-9_-]+", "$1...");
    }
    String body = response.body();
    if (response.statusCode() == 200 && body.contains("\"access_token\"")) {
      Map<String, Object> claims = Tokens.claims((String) Tokens.json(body).get("access_token"));
      List<String> shown = new ArrayList<>();
      for (String name : List.of("sub", "organization_id", "role", "plan")) {
        if (claims.containsKey(name)) {
          shown.add(name + "=" + claims.get(name));
        }
      }
      return "access token with " + String.join(", ", shown);
    }
    return body;
  }

  private static Map<String, Integer> rowCounts(JdbcTemplate jdbc) {
    Map<String, Integer> counts = new java.util.LinkedHashMap<>();
    for (String table : List.of("users", "organization", "member", "outbox")) {
      counts.put(table, jdbc.queryForObject("select count(*) from " + table, Integer.class));
    }
    return counts;
  }
}
