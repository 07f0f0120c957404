package dev.hookwire.bench;

import dev.hookwire.bench.boot.SecurityApps;
import dev.hookwire.securityupstream.Tokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What Hookwire's Spring Security adapters add to a request: one Spring Security application
 * ({@link SecurityApps}) over real HTTP on loopback, in three variants ({@code hooks}):
 *
 * <ul>
 *   <li>{@code none}: no Hookwire at all (its auto-configurations excluded);
 *   <li>{@code empty}: the starter with an empty hooks package: every adapter in place, no hook;
 *   <li>{@code hooks8}: the starter with 8 hooks, one per auth event ({@code
 *       boot.security.hooks8}).
 * </ul>
 *
 * <ul>
 *   <li>{@code formLogin}: the latency of one {@code POST /login} (a new session each time);
 *   <li>{@code tokenRequest}: the latency of one {@code POST /oauth2/token}, client credentials;
 *   <li>{@code authorizationCode}: the latency of a signed-in user's authorization request ({@code
 *       GET /oauth2/authorize}, which stores an authorization) and the exchange of its code for
 *       tokens, two requests;
 *   <li>{@code concurrentLogins}: the throughput of form logins from 16 threads at once, steady;
 *   <li>{@code coldLogins}: the same over the first 60 s after the start.
 * </ul>
 *
 * The numbers are the ratios {@code empty / none} and {@code hooks8 / none} of the same run
 * ({@code security_report.py}); the goal is under 1.02 for a login.
 */
@State(Scope.Benchmark)
@Fork(2)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class SpringSecurityBench {
  /** PKCE's code verifier: the same for every authorization request, as nothing checks that. */
  private static final String VERIFIER = "bench-verifier-0123456789-0123456789-0123456789";

  @Param({"none", "empty", "hooks8"})
  public String hooks;

  private ConfigurableApplicationContext app;
  private HttpClient http;
  private HttpRequest login;
  private HttpRequest token;
  private HttpClient browser;
  private HttpRequest authorize;
  private String base;
  private final LongAdder retries = new LongAdder();

  @Setup(Level.Trial)
  public void start() {
    app = SecurityApps.start(hooks);
    base = "http://127.0.0.1:" + SecurityApps.port(app);
    http = SecurityApps.client().build();
    login = SecurityApps.login(base);
    token = SecurityApps.token(base, "grant_type=client_credentials&scope=read");
    expect(http, 302, "/login", login, "/");
    expect(http, 200, "/oauth2/token", token, "access_token");
    browser = SecurityApps.client().cookieHandler(new CookieManager()).build();
    expect(browser, 302, "the browser's /login", login, "/");
    authorize = HttpRequest.newBuilder(URI.create(base
            + "/oauth2/authorize?response_type=code&scope=read&state=s&client_id="
            + SecurityApps.CLIENT_ID + "&redirect_uri=" + SecurityApps.REDIRECT_URI
            + "&code_challenge_method=S256&code_challenge=" + Tokens.challenge(VERIFIER)))
        .GET()
        .build();
    expect(http, 200, "/oauth2/token (authorization code)", authorizeAndExchange(), "access_token");
  }

  @TearDown(Level.Trial)
  public void stop() {
    if (retries.sum() > 0) {
      System.out.println("requests sent again after a client connection fault: " + retries.sum());
    }
    app.close();
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public int formLogin() throws IOException, InterruptedException {
    return send(login);
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public int tokenRequest() throws IOException, InterruptedException {
    return send(token);
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public int authorizationCode() throws IOException, InterruptedException {
    return send(authorizeAndExchange());
  }

  /**
   * Form logins from 16 threads at their steady rate. The warm-up is long because on 2 cores, with
   * 16 clients and Tomcat's threads busy, the JIT's compiler threads get a small share of the CPU:
   * the rate climbs for 30 to 50 s after the start (see {@link #coldLogins}), and a 10 s warm-up
   * measured that climb, not the adapters.
   */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Threads(16)
  @Warmup(iterations = 20, time = 3)
  @Measurement(iterations = 5, time = 3)
  public int concurrentLogins() throws IOException, InterruptedException {
    return send(login);
  }

  /**
   * Form logins from 16 threads over the first 60 s after the application started (no warm-up):
   * how soon an application that starts under load reaches its rate. Each iteration is 3 s of
   * that climb, so the iterations' spread is the climb, not noise.
   */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Threads(16)
  @Warmup(iterations = 0)
  @Measurement(iterations = 20, time = 3)
  public int coldLogins() throws IOException, InterruptedException {
    return send(login);
  }

  /** Sends the signed-in browser's authorization request; returns the code's token request. */
  private HttpRequest authorizeAndExchange() {
    HttpResponse<Void> response;
    try {
      response = browser.send(authorize, HttpResponse.BodyHandlers.discarding());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    String location = response.headers().firstValue("Location").orElse("");
    int code = location.indexOf("code=");
    if (response.statusCode() != 302 || code < 0) {
      throw new IllegalStateException("/oauth2/authorize answered " + response.statusCode() + " "
          + location + " (" + hooks + ")");
    }
    String value = location.substring(code + 5).split("&", 2)[0];
    return SecurityApps.token(
        base,
        "grant_type=authorization_code&code=" + value + "&redirect_uri=" + SecurityApps.REDIRECT_URI
            + "&code_verifier=" + VERIFIER);
  }

  /** Sends it, once more after a client connection fault ({@link SecurityApps#send}). */
  private int send(HttpRequest request) throws IOException, InterruptedException {
    return SecurityApps.send(http, request, retries).statusCode();
  }

  /** Fails the trial when the application does not answer as a login or a token request should. */
  private void expect(
      HttpClient client, int status, String what, HttpRequest request, String mark) {
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      String seen = response.headers().firstValue("Location").orElse("") + response.body();
      if (response.statusCode() != status || !seen.contains(mark) || seen.contains("error")) {
        throw new IllegalStateException(
            what + " answered " + response.statusCode() + " " + seen + " (" + hooks + ")");
      }
    } catch (IOException e) {
      throw new IllegalStateException(what + " failed (" + hooks + ")", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
