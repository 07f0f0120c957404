package dev.hookwire.securitytests;

import static dev.hookwire.securityupstream.Browser.basic;
import static dev.hookwire.securityupstream.Browser.form;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hookwire.securitytests.Events.Mode;
import dev.hookwire.securityupstream.Browser;
import dev.hookwire.securityupstream.Tokens;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.UserDetailsManager;

/**
 * The authorization server's paths over real HTTP: client credentials, authorization code with
 * PKCE and refresh token; what fires, once, and what the tokens say.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TokenPathsTest {
  private static final String REDIRECT = "http://127.0.0.1/callback";
  private static final String VERIFIER = "a-verifier-of-at-least-forty-three-characters-0123456789";

  @LocalServerPort
  int port;

  @Autowired
  Events events;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  UserDetailsManager users;

  Browser browser;

  @BeforeEach
  void setUp() {
    events.reset(true);
    jdbc.update("delete from workspace");
    jdbc.update("delete from authorities");
    jdbc.update("delete from users");
    users.createUser(User.withUsername("ada@acme.example")
        .password("{noop}secret")
        .roles("USER")
        .build());
    events.reset(true);
    browser = new Browser(port);
  }

  private HttpResponse<String> token(Map<String, String> form) {
    return browser.post("/oauth2/token", form, "Authorization", basic("app", "app-secret"));
  }

  @Test
  void clientCredentialsFiresOnlyResolveOauthContextForAClientWithoutAUser() {
    HttpResponse<String> response =
        token(form("grant_type", "client_credentials", "scope", "read"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(events.fired()).containsExactly("resolve-oauth-context");
    Map<String, Object> claims =
        Tokens.claims((String) Tokens.json(response.body()).get("access_token"));
    assertThat(claims).containsEntry("sub", "app").containsEntry("role", "service");
    assertThat(claims).doesNotContainKey("organization_id");
  }

  @Test
  void aRejectedResolveOauthContextAnswersWithAnOAuth2ErrorDescription() {
    events.mode("resolve-oauth-context", Mode.REJECT);

    HttpResponse<String> response =
        token(form("grant_type", "client_credentials", "scope", "read"));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(Tokens.json(response.body()))
        .containsEntry("error", "access_denied")
        .containsEntry("error_description", "Denied by resolve-oauth-context.");
  }

  /** Signs in, runs the authorization request, and returns the code. */
  private String authorize() {
    assertThat(browser.login("ada@acme.example", "secret").statusCode()).isEqualTo(302);
    HttpResponse<String> authorize =
        browser.get("/oauth2/authorize?response_type=code&client_id=app"
            + "&scope=openid%20read&state=s1&redirect_uri=" + REDIRECT
            + "&code_challenge=" + Tokens.challenge(VERIFIER) + "&code_challenge_method=S256");
    assertThat(authorize.statusCode()).isEqualTo(302);
    String location = authorize.headers().firstValue("Location").orElseThrow();
    assertThat(location).startsWith(REDIRECT);
    return Tokens.parameter(location, "code");
  }

  @Test
  void authorizationCodeWithPkceFiresTheLoginThenTheStoredAuthorizationThenTheTokenOnce() {
    String code = authorize();
    HttpResponse<String> response = token(form(
        "grant_type", "authorization_code",
        "code", code,
        "redirect_uri", REDIRECT,
        "code_verifier", VERIFIER));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(events.fired())
        .containsExactly(
            "before-login",
            "before-session-create",
            "after-session-create",
            "after-login",
            "before-session-create",
            "after-session-create",
            "resolve-oauth-context",
            "transform-custom-user-data");
    Map<String, Object> body = Tokens.json(response.body());
    for (String kind : new String[] {"access_token", "id_token"}) {
      Map<String, Object> claims = Tokens.claims((String) body.get(kind));
      assertThat(claims)
          .as(kind)
          .containsEntry("sub", "ada@acme.example")
          .containsEntry("organization_id", "org_ada@acme.example")
          .containsEntry("role", "member")
          .containsEntry("plan", "pro")
          .containsEntry("app_claim", "from-the-application");
      assertThat((String) claims.get("iss")).as(kind).isEqualTo("http://127.0.0.1:" + port);
    }
  }

  @Test
  void refreshTokenFiresTheTokenEventsOnceAndNoSession() {
    String code = authorize();
    Map<String, Object> first = Tokens.json(token(form(
            "grant_type", "authorization_code",
            "code", code,
            "redirect_uri", REDIRECT,
            "code_verifier", VERIFIER))
        .body());
    events.reset(true);

    HttpResponse<String> response = token(
        form("grant_type", "refresh_token", "refresh_token", (String) first.get("refresh_token")));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(events.fired())
        .containsExactly("resolve-oauth-context", "transform-custom-user-data");
    assertThat(Tokens.claims((String) Tokens.json(response.body()).get("access_token")))
        .containsEntry("sub", "ada@acme.example")
        .containsEntry("plan", "pro");
  }

  @Test
  void aRejectedAuthorizationIsNotStoredAndNoCodeIsIssued() {
    assertThat(browser.login("ada@acme.example", "secret").statusCode()).isEqualTo(302);
    events.reset(true);
    events.mode("before-session-create", Mode.REJECT);

    HttpResponse<String> authorize =
        browser.get("/oauth2/authorize?response_type=code&client_id=app"
            + "&scope=openid%20read&state=s1&redirect_uri=" + REDIRECT
            + "&code_challenge=" + Tokens.challenge(VERIFIER) + "&code_challenge_method=S256");

    assertThat(events.fired()).containsExactly("before-session-create");
    String answer = authorize.statusCode() + " "
        + authorize.headers().firstValue("Location").orElse("") + " " + authorize.body();
    assertThat(answer).doesNotContain("code=").contains("access_denied");
  }

  @Test
  void aFailingResolveOauthContextAnswersGenericallyAndKeepsItsTextOnTheServer() {
    events.mode("resolve-oauth-context", Mode.FAIL);

    HttpResponse<String> response =
        token(form("grant_type", "client_credentials", "scope", "read"));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).doesNotContain("secret internal detail");
    assertThat(Tokens.json(response.body()))
        .containsEntry("error", "access_denied")
        .containsEntry(
            "error_description", "This cannot be done right now. Please try again later.");
  }
}
