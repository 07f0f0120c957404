package dev.hookwire.demo.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hookwire.demo.Json;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The plain demo's console over HTTP: who may use it, CSRF, bad requests, and the effect. */
class ConsoleHttpTest {
  private static final String BEFORE = "dev.hookwire.demo.hooks.BeforeUserCreate";
  private static final String SWITCH_OFF = "{\"action\": \"switch-off\", \"event\":"
      + " \"before-user-create\", \"hook\": \"" + BEFORE + "\", \"why\": \"test\"}";

  private ConsoleDemo demo;

  @BeforeEach
  void start() throws Exception {
    demo = new ConsoleDemo();
  }

  @AfterEach
  void stop() {
    demo.close();
  }

  @Test
  void signingInSetsAnHttpOnlyStrictSessionCookieAndTheCsrfCookie() throws Exception {
    HttpResponse<String> response = demo.login(ConsoleDemo.ADMIN_TOKEN);
    assertEquals(303, response.statusCode());
    assertEquals("/console/", response.headers().firstValue("Location").orElseThrow());
    List<String> cookies = response.headers().allValues("Set-Cookie");
    String session = cookies.stream()
        .filter(c -> c.startsWith("hookwire-console="))
        .findFirst()
        .orElseThrow();
    assertTrue(session.contains("HttpOnly") && session.contains("SameSite=Strict"), session);
    String xsrf =
        cookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow();
    assertFalse(xsrf.contains("HttpOnly"), "the page reads it");
    assertTrue(xsrf.contains("SameSite=Strict"), xsrf);

    HttpResponse<String> wrong = demo.login("not-the-token");
    assertEquals(401, wrong.statusCode());
    assertEquals(List.of(), wrong.headers().allValues("Set-Cookie"));
  }

  @Test
  void thePageNeedsTheSession() throws Exception {
    HttpResponse<String> anonymous = demo.get("/console/");
    assertEquals(303, anonymous.statusCode());
    assertEquals("/console/login", anonymous.headers().firstValue("Location").orElseThrow());
    assertEquals(303, demo.get("/console/console.js").statusCode());
    assertEquals(303, demo.get("/console").statusCode());

    ConsoleDemo.Admin admin = demo.signIn();
    HttpResponse<String> page = demo.get("/console/", "Cookie", admin.cookies());
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("<title>Hookwire console</title>"));
    assertTrue(page.headers()
        .firstValue("Content-Security-Policy")
        .orElseThrow()
        .contains("default-src 'self'"));
    assertEquals(404, demo.get("/console/../pom.xml", "Cookie", admin.cookies()).statusCode());
  }

  @Test
  void withoutACredentialTheApiIs401AndForAUserItIs403AndNothingChanges() throws Exception {
    assertEquals(401, demo.get("/console/api/state").statusCode());
    assertEquals(401, demo.post("/console/api/change", SWITCH_OFF).statusCode());
    assertEquals(
        401, demo.get("/console/api/state", "Authorization", "Bearer made-up").statusCode());

    assertEquals(201, demo.signUp("user@example.com"));
    HttpResponse<String> signIn = demo.post(
        "/sign-in", Json.write(Map.of("email", "user@example.com", "password", "correct horse")));
    String userToken = (String) ConsoleDemo.json(signIn).get("token");
    String bearer = "Bearer " + userToken;
    assertEquals(403, demo.get("/console/api/state", "Authorization", bearer).statusCode());
    assertEquals(
        403,
        demo.post("/console/api/change", SWITCH_OFF, "Authorization", bearer).statusCode());
    assertEquals(Map.of(), offHooks());
    assertEquals(400, demo.signUp("temp@mailinator.com"), "the hook still runs");
  }

  @Test
  void aPostWithoutTheCsrfHeaderIs403AndChangesNothing() throws Exception {
    ConsoleDemo.Admin admin = demo.signIn();
    assertEquals(
        403,
        demo.post("/console/api/change", SWITCH_OFF, "Cookie", admin.cookies()).statusCode());
    assertEquals(
        403,
        demo.post(
                "/console/api/change",
                SWITCH_OFF,
                "Cookie",
                admin.cookies(),
                "X-XSRF-TOKEN",
                "forged")
            .statusCode());
    assertEquals(
        403,
        demo.post(
                "/console/api/dry-run",
                "{\"event\": \"before-user-create\", \"input\": {}}",
                "Cookie",
                admin.cookies())
            .statusCode());
    assertEquals(Map.of(), offHooks());
  }

  @Test
  void theAdminSwitchesAHookOffAndTheNextSignUpShowsIt() throws Exception {
    ConsoleDemo.Admin admin = demo.signIn();
    HttpResponse<String> off = demo.post(
        "/console/api/change", SWITCH_OFF, "Cookie", admin.cookies(), "X-XSRF-TOKEN", admin.xsrf());
    assertEquals(200, off.statusCode(), off.body());
    assertEquals(201, demo.signUp("temp@mailinator.com"), "the disposable domain check is off");

    HttpResponse<String> on = demo.post(
        "/console/api/change",
        SWITCH_OFF.replace("switch-off", "switch-on"),
        "Authorization",
        "Bearer " + ConsoleDemo.ADMIN_TOKEN);
    assertEquals(200, on.statusCode(), on.body());
    assertEquals(400, demo.signUp("temp2@mailinator.com"), "and on again");
  }

  @Test
  void aBadRequestIs400NamingTheFieldAndTheClosest() throws Exception {
    String admin = "Bearer " + ConsoleDemo.ADMIN_TOKEN;
    HttpResponse<String> unknown = demo.post(
        "/console/api/change",
        SWITCH_OFF.replace("BeforeUserCreate", "BeforeUserCraete"),
        "Authorization",
        admin);
    assertEquals(400, unknown.statusCode());
    Map<String, Object> error = ConsoleDemo.json(unknown);
    assertEquals("hook", error.get("field"));
    assertTrue(
        ((String) error.get("error"))
            .contains(
                "did you mean switchOff(\"before-user-create\"," + " BeforeUserCreate.class)?"),
        unknown.body());

    HttpResponse<String> badInput = demo.post(
        "/console/api/dry-run",
        "{\"event\": \"before-user-create\", \"input\": {\"email\": [\"a\"]}}",
        "Authorization",
        admin);
    assertEquals(400, badInput.statusCode());
    assertEquals("input.email", ConsoleDemo.json(badInput).get("field"));

    HttpResponse<String> notJson =
        demo.post("/console/api/dry-run", "{\"event\": ", "Authorization", admin);
    assertEquals(400, notJson.statusCode());
    assertFalse(notJson.body().contains("tools.jackson"), notJson.body());
  }

  @Test
  void aDryRunOfASignUpCreatesNoUser() throws Exception {
    HttpResponse<String> trace = demo.post(
        "/console/api/dry-run",
        "{\"event\": \"after-user-create\", \"input\": {\"id\": \"usr_dry\", \"email\":"
            + " \"dry@example.com\", \"name\": \"Dry\"}}",
        "Authorization",
        "Bearer " + ConsoleDemo.ADMIN_TOKEN);
    assertEquals(200, trace.statusCode(), trace.body());
    assertTrue(trace.body().contains("\"outcome\":\"recorded\""), trace.body());
    assertEquals(
        0,
        demo.server.outbox().counts().pending() + demo.server.outbox().counts().delivered());
    assertEquals(201, demo.signUp("dry@example.com"), "no user dry@example.com was created");
  }

  /** The hooks switched off, from the console's state: event → hooks. */
  private Map<String, Object> offHooks() throws Exception {
    HttpResponse<String> state =
        demo.get("/console/api/state", "Authorization", "Bearer " + ConsoleDemo.ADMIN_TOKEN);
    assertEquals(200, state.statusCode());
    return state.body().contains("\"reason\":\"switched off at run time\"")
        ? Map.of("off", state.body())
        : Map.of();
  }
}
