package dev.hookwire.securitytests;

import static dev.hookwire.securityupstream.Browser.basic;
import static dev.hookwire.securityupstream.Browser.form;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hookwire.securitytests.Events.Mode;
import dev.hookwire.securityupstream.Browser;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.JdbcUserDetailsManager;

/**
 * Every sign-up and sign-in path of the application, over real HTTP: exactly the expected events
 * fire, in order, once; a rejection answers with the hook's message and writes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityPathsTest {
  @LocalServerPort
  int port;

  @Autowired
  Events events;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  JdbcUserDetailsManager users; // still injectable by its class

  Browser browser;

  @BeforeEach
  void setUp() {
    events.reset(true);
    jdbc.update("delete from workspace");
    jdbc.update("delete from authorities");
    jdbc.update("delete from users");
    users.createUser(User.withUsername("admin@acme.example")
        .password("{noop}admin")
        .roles("ADMIN")
        .build());
    users.createUser(User.withUsername("ada@acme.example")
        .password("{noop}secret")
        .roles("USER")
        .build());
    events.reset(true);
    browser = new Browser(port);
  }

  private int count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Integer.class);
  }

  @Test
  void formSignUpFiresTheUserEventsAndStoresThePatchedUser() {
    HttpResponse<String> response =
        browser.post("/sign-up", form("email", "Grace@Acme.example", "password", "pw"));

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(events.fired()).containsExactly("before-user-create", "after-user-create");
    assertThat(users.userExists("grace@acme.example")).isTrue();
    assertThat(jdbc.queryForObject(
            "select username from users where username = 'grace@acme.example'", String.class))
        .isEqualTo("grace@acme.example");
    assertThat(jdbc.queryForObject(
            "select owner from workspace where id = 'ws_grace@acme.example'", String.class))
        .isEqualTo("grace@acme.example");
  }

  @Test
  void aRejectedSignUpAnswersWithTheHooksMessageAndWritesNothing() {
    events.mode("before-user-create", Mode.REJECT);
    int before = count("users");
    int workspaces = count("workspace");

    HttpResponse<String> response =
        browser.post("/sign-up", form("email", "eve@acme.example", "password", "pw"));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("Denied by before-user-create.");
    assertThat(events.fired()).containsExactly("before-user-create");
    assertThat(count("users")).isEqualTo(before);
    assertThat(count("workspace")).isEqualTo(workspaces);
  }

  @Test
  void aFailingBeforeUserCreateAnswersGenericallyAndKeepsItsTextOnTheServer() {
    events.mode("before-user-create", Mode.FAIL);

    HttpResponse<String> response =
        browser.post("/sign-up", form("email", "eve@acme.example", "password", "pw"));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("This cannot be done right now")
        .doesNotContain("secret internal detail");
    assertThat(users.userExists("eve@acme.example")).isFalse();
  }

  @Test
  void aFailingAfterUserCreateKeepsTheUser() {
    events.mode("after-user-create", Mode.FAIL);

    HttpResponse<String> response =
        browser.post("/sign-up", form("email", "kept@acme.example", "password", "pw"));

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(users.userExists("kept@acme.example")).isTrue();
  }

  @Test
  void adminCreateUserFiresTheVirtualAdminEvent() {
    assertThat(browser.login("admin@acme.example", "admin").statusCode()).isEqualTo(302);
    events.reset(true);

    HttpResponse<String> response =
        browser.post("/admin/create-user", form("email", "new@acme.example", "password", "pw"));

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(events.fired())
        .containsExactly("before-user-create", "after-user-create", "after-admin-user-create");
  }

  @Test
  void aRejectedAdminCreateUserAnswersWithTheHooksMessageAndWritesNothing() {
    assertThat(browser.login("admin@acme.example", "admin").statusCode()).isEqualTo(302);
    events.reset(true);
    events.mode("before-user-create", Mode.REJECT);

    HttpResponse<String> response =
        browser.post("/admin/create-user", form("email", "new@acme.example", "password", "pw"));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("Denied by before-user-create.");
    assertThat(events.fired()).containsExactly("before-user-create");
    assertThat(users.userExists("new@acme.example")).isFalse();
  }

  @Test
  void formLoginFiresLoginAndSessionEventsInOrderOnce() {
    HttpResponse<String> response = browser.login("ada@acme.example", "secret");

    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    assertThat(events.fired())
        .containsExactly(
            "before-login", "before-session-create", "after-session-create", "after-login");
    assertThat(events.lastLogin().user().id()).isEqualTo("ada@acme.example");
    assertThat(events.lastLogin().session().id()).isNotNull();
    assertThat(events.lastLogin().session().activeOrganizationId())
        .isEqualTo("org_ada@acme.example");
    assertThat(browser.get("/me").body()).contains("\"organization\":\"org_ada@acme.example\"");
  }

  @Test
  void aWrongPasswordFiresBeforeLoginOnly() {
    HttpResponse<String> response = browser.login("ada@acme.example", "wrong");

    assertThat(response.headers().firstValue("Location").orElseThrow()).contains("/login?error");
    assertThat(events.fired()).containsExactly("before-login");
  }

  @Test
  void aRejectedFormLoginShowsTheHooksMessageOnTheLoginPage() {
    events.mode("before-login", Mode.REJECT);

    HttpResponse<String> response = browser.login("ada@acme.example", "secret");

    assertThat(response.headers().firstValue("Location").orElseThrow()).contains("/login?error");
    assertThat(browser.get("/login?error").body())
        .isEqualTo("login failed: Denied by before-login.");
    assertThat(events.fired()).containsExactly("before-login");
    assertThat(browser.get("/me").statusCode()).isEqualTo(401);
  }

  @Test
  void aBeforeLoginPastItsTimeLimitFailsTheLoginClosed() {
    events.mode("before-login", Mode.HANG);

    HttpResponse<String> response = browser.login("ada@acme.example", "secret");

    assertThat(response.headers().firstValue("Location").orElseThrow()).contains("/login?error");
    assertThat(browser.get("/login?error").body())
        .isEqualTo("login failed: This cannot be done right now. Please try again later.");
    assertThat(events.fired()).containsExactly("before-login");
  }

  @Test
  void aRejectedSessionFailsTheLoginWithItsMessageAndNoAfterLogin() {
    events.mode("before-session-create", Mode.REJECT);

    HttpResponse<String> response = browser.login("ada@acme.example", "secret");

    assertThat(response.headers().firstValue("Location").orElseThrow()).contains("/login?error");
    assertThat(browser.get("/login?error").body())
        .isEqualTo("login failed: Denied by before-session-create.");
    assertThat(events.fired()).containsExactly("before-login", "before-session-create");
    assertThat(browser.get("/me").statusCode()).isEqualTo(401);
  }

  @Test
  void httpBasicFiresBeforeAndAfterLoginWithoutASession() {
    HttpResponse<String> response =
        browser.get("/me", "Authorization", basic("ada@acme.example", "secret"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(events.fired()).containsExactly("before-login", "after-login");
    assertThat(events.lastLogin().session()).isNull();
  }

  @Test
  void aRejectedHttpBasicLoginAnswersWithAJsonBody() {
    events.mode("before-login", Mode.REJECT);

    HttpResponse<String> response =
        browser.get("/me", "Authorization", basic("ada@acme.example", "secret"));

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body())
        .isEqualTo("{\"error\":\"access_denied\",\"message\":\"Denied by before-login.\"}");
    assertThat(response.headers().firstValue("WWW-Authenticate")).isPresent();
    assertThat(events.fired()).containsExactly("before-login");
  }

  @Test
  void aFailingBeforeLoginOverHttpBasicAnswersGenericallyAndKeepsItsTextOnTheServer() {
    events.mode("before-login", Mode.FAIL);

    HttpResponse<String> response =
        browser.get("/me", "Authorization", basic("ada@acme.example", "secret"));

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body())
        .isEqualTo("{\"error\":\"access_denied\",\"message\":\"This cannot be done right now."
            + " Please try again later.\"}");
    assertThat(events.fired()).containsExactly("before-login");
  }

  @Test
  void aFailingAfterLoginKeepsTheLogin() {
    events.mode("after-login", Mode.FAIL);

    HttpResponse<String> response = browser.login("ada@acme.example", "secret");

    assertThat(response.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    assertThat(browser.get("/me").statusCode()).isEqualTo(200);
  }
}
