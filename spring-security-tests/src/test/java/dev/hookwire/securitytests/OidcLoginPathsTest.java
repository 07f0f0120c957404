package dev.hookwire.securitytests;

import static dev.hookwire.securitytests.Browser.form;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hookwire.securitytests.Events.Mode;
import dev.hookwire.securityupstream.UpstreamServer;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.provisioning.UserDetailsManager;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * OIDC login ({@code oauth2Login()}, which publishes no success event) against a second
 * authorization server started in the same test on another loopback port: the first sign-in
 * creates the user, a returning one does not.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OidcLoginPathsTest {
  private static final Pattern CSRF =
      Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"");
  private static ConfigurableApplicationContext upstream;

  @LocalServerPort
  int port;

  @Autowired
  Events events;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  UserDetailsManager users;

  Browser upstreamBrowser;

  @DynamicPropertySource
  static void upstreamServer(DynamicPropertyRegistry registry) {
    upstream = UpstreamServer.start();
    String issuer = "http://127.0.0.1:" + UpstreamServer.port(upstream);
    String client = "spring.security.oauth2.client.registration.upstream.";
    registry.add(client + "client-id", () -> "hookwire");
    registry.add(client + "client-secret", () -> "upstream-secret");
    registry.add(client + "authorization-grant-type", () -> "authorization_code");
    registry.add(client + "redirect-uri", () -> "{baseUrl}/login/oauth2/code/{registrationId}");
    registry.add(client + "scope", () -> "openid,profile,email");
    registry.add("spring.security.oauth2.client.provider.upstream.issuer-uri", () -> issuer);
  }

  @AfterAll
  static void stopUpstream() {
    upstream.close();
  }

  @BeforeEach
  void setUp() {
    events.reset(true);
    jdbc.update("delete from workspace");
    jdbc.update("delete from authorities");
    jdbc.update("delete from users");
    upstreamBrowser = new Browser(UpstreamServer.port(upstream));
  }

  /** The whole redirect dance; returns the application's last answer. */
  private HttpResponse<String> signInUpstream(Browser app) {
    String toUpstream = location(app.get("/oauth2/authorization/upstream"));
    HttpResponse<String> authorize = upstreamBrowser.getAbsolute(toUpstream);
    String back = location(authorize);
    if (back.endsWith("/login")) { // not signed in upstream yet
      Matcher csrf = CSRF.matcher(upstreamBrowser.get("/login").body());
      assertThat(csrf.find()).isTrue();
      HttpResponse<String> login = upstreamBrowser.post(
          "/login",
          form("username", "oidc-user", "password", "upstream-password", "_csrf", csrf.group(1)));
      back = location(upstreamBrowser.getAbsolute(location(login)));
    }
    assertThat(back).startsWith("http://127.0.0.1:" + port + "/login/oauth2/code/upstream?code=");
    return app.getAbsolute(back);
  }

  private static String location(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(302);
    return response.headers().firstValue("Location").orElseThrow();
  }

  @Test
  void theFirstOidcLoginCreatesTheUserAndAReturningOneDoesNot() {
    HttpResponse<String> first = signInUpstream(new Browser(port));

    assertThat(location(first)).doesNotContain("error");
    assertThat(events.fired())
        .containsExactly(
            "before-login",
            "before-user-create",
            "after-user-create",
            "before-session-create",
            "after-session-create",
            "after-login");
    assertThat(users.userExists("oidc-user")).isTrue();
    assertThat(events.lastLogin().user().email()).isEqualTo("oidc-user@upstream.example");
    assertThat(jdbc.queryForObject(
            "select count(*) from workspace where owner = 'oidc-user'", Integer.class))
        .isEqualTo(1);

    events.reset(true);
    HttpResponse<String> again = signInUpstream(new Browser(port));

    assertThat(location(again)).doesNotContain("error");
    assertThat(events.fired())
        .containsExactly(
            "before-login", "before-session-create", "after-session-create", "after-login");
  }

  @Test
  void aRejectedFirstOidcLoginCreatesNoUserAndShowsTheMessage() {
    events.mode("before-user-create", Mode.REJECT);

    Browser app = new Browser(port);
    HttpResponse<String> first = signInUpstream(app);

    assertThat(location(first)).contains("/login?error");
    assertThat(app.get("/login?error").body())
        .isEqualTo("login failed: Denied by before-user-create.");
    assertThat(events.fired()).containsExactly("before-login", "before-user-create");
    assertThat(users.userExists("oidc-user")).isFalse();
  }

  @Test
  void aRejectedBeforeLoginStopsTheOidcLoginBeforeTheCodeIsExchanged() {
    events.mode("before-login", Mode.REJECT);
    Browser app = new Browser(port);

    HttpResponse<String> first = signInUpstream(app);

    assertThat(location(first)).contains("/login?error");
    assertThat(app.get("/login?error").body()).isEqualTo("login failed: Denied by before-login.");
    assertThat(events.fired()).containsExactly("before-login");
    assertThat(users.userExists("oidc-user")).isFalse();
  }
}
