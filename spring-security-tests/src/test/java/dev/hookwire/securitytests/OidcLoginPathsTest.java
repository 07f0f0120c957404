package dev.hookwire.securitytests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hookwire.securitytests.Events.Mode;
import dev.hookwire.securityupstream.Browser;
import dev.hookwire.securityupstream.UpstreamServer;
import java.net.http.HttpResponse;
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
    UpstreamServer.clientProperties(UpstreamServer.port(upstream))
        .forEach((name, value) -> registry.add(name, () -> value));
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

  private HttpResponse<String> signInUpstream(Browser app) {
    HttpResponse<String> back = UpstreamServer.signIn(app, upstreamBrowser);
    assertThat(back.uri().toString())
        .startsWith("http://127.0.0.1:" + port + "/login/oauth2/code/upstream?code=");
    return back;
  }

  private static String location(HttpResponse<String> response) {
    return UpstreamServer.location(response);
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
