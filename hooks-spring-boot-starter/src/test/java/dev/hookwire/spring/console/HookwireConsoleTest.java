package dev.hookwire.spring.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hookwire.runtime.HookAbortedException;
import dev.hookwire.runtime.HookChange;
import dev.hookwire.runtime.HookContext;
import dev.hookwire.runtime.HookRuntime;
import dev.hookwire.runtime.HookSwitch;
import dev.hookwire.spring.Calls;
import dev.hookwire.spring.console.shop.Order;
import dev.hookwire.spring.console.shop.ShopHooks;
import dev.hookwire.spring.console.shop.hooks.AfterOrderPlace;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The console in a real Spring Boot service with Spring Security, over real HTTP on a random port:
 * who may see and change what, CSRF, bad input, and what the answers never hold.
 */
@ConsoleServiceTest
class HookwireConsoleTest {
  static final String HOOKS = "dev.hookwire.spring.console.shop.hooks.";
  static final String GATE = HOOKS + "BeforeOrderPlace";
  static final String STRICT = HOOKS + "BeforeOrderPlaceStrict";
  static final String AFTER = HOOKS + "AfterOrderPlace";
  static final String GATE_KEY = "before-order-place/" + GATE;
  private static final JsonMapper JSON = JsonMapper.shared();

  @LocalServerPort
  int port;

  @Autowired
  HookRuntime runtime;

  @Autowired
  ShopHooks shop;

  /** The build's state again: version 1 live, every hook on. */
  @BeforeEach
  void reset() {
    backToVersion1(runtime);
    runtime.switchHooks(new HookSwitch("after-order-place", AFTER, true));
    Calls.reset(0);
  }

  /** Makes version 1 of the gate live again, if a test deployed another. */
  static void backToVersion1(HookRuntime runtime) {
    if (!"1".equals(runtime.liveVersions().get(GATE_KEY))) {
      runtime.deploy("before-order-place", GATE, "1", "test", "reset");
    }
  }

  private Session signedIn(String user) throws Exception {
    Session session = new Session(port);
    session.signIn(user, ConsoleApplication.PASSWORD);
    return session;
  }

  private static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }

  /** The hook {@code type} of the state's first wiring that has it. */
  private static JsonNode hook(JsonNode state, String type) {
    return StreamSupport.stream(state.get("wirings").spliterator(), false)
        .flatMap(w -> StreamSupport.stream(w.get("events").spliterator(), false))
        .flatMap(e -> StreamSupport.stream(e.get("hooks").spliterator(), false))
        .filter(h -> h.get("type").asString().equals(type))
        .findFirst()
        .orElseThrow(() -> new AssertionError(type + " is not in the state"));
  }

  /** What the shop's hooks mailed (the sign-ins' own hooks record their calls too). */
  private static List<String> mails() {
    return Calls.all().stream().filter(c -> c.startsWith("console/")).toList();
  }

  private static Order order(String email, int quantity) {
    return new Order("o-" + quantity, email, quantity);
  }

  @Test
  void theAdminSeesTheStateAndSwitchesAHookOffAndOn() throws Exception {
    Session ada = signedIn(ConsoleApplication.ADMIN);

    HttpResponse<String> state = ada.get("/hookwire/api/state");
    assertThat(state.statusCode()).isEqualTo(200);
    assertThat(state.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/json");
    assertThat(hook(json(state), AFTER).get("state").asString()).isEqualTo("on");
    assertThat(ada.csrfToken()).as("the XSRF-TOKEN cookie").isNotBlank();

    HttpResponse<String> off = ada.post(
        "/hookwire/api/change",
        "{\"action\": \"switch-off\", \"event\": \"after-order-place\", \"hook\": \"" + AFTER
            + "\", \"why\": \"the mail server is down\"}");
    assertThat(off.statusCode()).isEqualTo(200);
    assertThat(hook(json(off), AFTER).get("state").asString()).isEqualTo("off");
    assertThat(runtime.switchedOff()).contains("after-order-place/" + AFTER);
    shop.afterOrderPlace(order("ada@example.com", 1), HookContext.empty());
    assertThat(mails()).isEmpty();

    HttpResponse<String> on = ada.post(
        "/hookwire/api/change",
        "{\"action\": \"switch-on\", \"event\": \"after-order-place\", \"hook\": \"" + AFTER
            + "\", \"why\": \"it is back\"}");
    assertThat(on.statusCode()).isEqualTo(200);
    assertThat(runtime.switchedOff()).doesNotContain("after-order-place/" + AFTER);
    shop.afterOrderPlace(order("ada@example.com", 1), HookContext.empty());
    assertThat(mails())
        .containsExactly("console/ConsoleApplication:receipt o-1 to ada@example.com");
    assertThat(json(on).get("history").toString())
        .contains("\"action\":\"switch-off\"", "\"by\":\"ada\"", "the mail server is down");
  }

  @Test
  void aDeployAndARollbackAreMadeByThePrincipalNotByTheBody() throws Exception {
    Session ada = signedIn(ConsoleApplication.ADMIN);
    ada.get("/hookwire/api/state");

    HttpResponse<String> deployed = ada.post(
        "/hookwire/api/change",
        "{\"action\": \"deploy\", \"event\": \"before-order-place\", \"hook\": \"" + GATE
            + "\", \"version\": \"2\", \"why\": \"fewer bulk orders\", \"by\": \"mallory\"}");
    assertThat(deployed.statusCode()).isEqualTo(200);
    assertThat(runtime.liveVersions()).containsEntry(GATE_KEY, "2");
    assertThatThrownBy(
            () -> shop.beforeOrderPlace(order("ada@example.com", 5), HookContext.empty()))
        .isInstanceOf(HookAbortedException.class);
    HookChange deploy = runtime.history().get(runtime.history().size() - 1);
    assertThat(deploy.by()).isEqualTo("ada");
    assertThat(deployed.body()).doesNotContain("mallory");

    HttpResponse<String> rolledBack = ada.post(
        "/hookwire/api/change",
        "{\"action\": \"rollback\", \"event\": \"before-order-place\", \"hook\": \"" + GATE
            + "\", \"why\": \"too strict\"}");
    assertThat(rolledBack.statusCode()).isEqualTo(200);
    assertThat(runtime.liveVersions()).containsEntry(GATE_KEY, "1");
    assertThat(shop.beforeOrderPlace(order("ada@example.com", 5), HookContext.empty()))
        .isEqualTo(order("ada@example.com", 5));
    assertThat(runtime.history().get(runtime.history().size() - 1).by()).isEqualTo("ada");
  }

  @Test
  void aUserWithoutTheRoleGets403AndNothingChanges() throws Exception {
    Session bob = signedIn(ConsoleApplication.USER);
    int changes = runtime.history().size();

    assertThat(bob.get("/hookwire/").statusCode()).isEqualTo(403);
    assertThat(bob.get("/hookwire/api/state").statusCode()).isEqualTo(403);
    HttpResponse<String> deploy = bob.post(
        "/hookwire/api/change",
        "{\"action\": \"deploy\", \"event\": \"before-order-place\", \"hook\": \"" + GATE
            + "\", \"version\": \"2\", \"why\": \"x\"}");
    assertThat(deploy.statusCode()).isEqualTo(403);
    assertThat(json(deploy).get("error").asString())
        .isEqualTo("The console is for the role ADMIN only.");
    HttpResponse<String> dryRun =
        bob.post("/hookwire/api/dry-run", "{\"event\": \"after-order-place\", \"input\": {}}");
    assertThat(dryRun.statusCode()).isEqualTo(403);

    assertThat(runtime.liveVersions()).containsEntry(GATE_KEY, "1");
    assertThat(runtime.history()).hasSize(changes);
  }

  @Test
  void aPostWithoutTheCsrfHeaderOrWithAnotherTokenIs403AndChangesNothing() throws Exception {
    Session ada = signedIn(ConsoleApplication.ADMIN);
    ada.get("/hookwire/api/state");
    String off = "{\"action\": \"switch-off\", \"event\": \"after-order-place\", \"hook\": \""
        + AFTER + "\", \"why\": \"x\"}";

    HttpResponse<String> withoutHeader = ada.postWithoutCsrf("/hookwire/api/change", off);
    assertThat(withoutHeader.statusCode()).isEqualTo(403);
    assertThat(json(withoutHeader).get("error").asString()).contains("X-XSRF-TOKEN");
    Session other = signedIn(ConsoleApplication.ADMIN);
    other.get("/hookwire/api/state");
    assertThat(other.csrfToken()).isNotEqualTo(ada.csrfToken());
    // A token of another session: the header matches no cookie of this one.
    HttpResponse<String> foreign =
        ada.postWithHeader("/hookwire/api/change", off, other.csrfToken());
    assertThat(foreign.statusCode()).isEqualTo(403);

    assertThat(runtime.switchedOff()).doesNotContain("after-order-place/" + AFTER);
  }

  @Test
  void anUnknownEventHookOrVersionIs400NamingTheClosest() throws Exception {
    Session ada = signedIn(ConsoleApplication.ADMIN);
    ada.get("/hookwire/api/state");
    int changes = runtime.history().size();

    HttpResponse<String> event = ada.post(
        "/hookwire/api/change",
        "{\"action\": \"switch-off\", \"event\": \"after-order-plac\", \"hook\": \"" + AFTER
            + "\", \"why\": \"x\"}");
    assertThat(event.statusCode()).isEqualTo(400);
    assertThat(json(event).get("error").asString()).contains("after-order-place");
    assertThat(json(event).get("field").asString()).isEqualTo("event");

    HttpResponse<String> hook = ada.post(
        "/hookwire/api/change",
        "{\"action\": \"switch-off\", \"event\": \"after-order-place\", \"hook\": \"" + HOOKS
            + "AfterOrderPlaced\", \"why\": \"x\"}");
    assertThat(hook.statusCode()).isEqualTo(400);
    assertThat(json(hook).get("error").asString()).contains("AfterOrderPlace.class");
    assertThat(json(hook).get("field").asString()).isEqualTo("hook");

    HttpResponse<String> version = ada.post(
        "/hookwire/api/change",
        "{\"action\": \"deploy\", \"event\": \"before-order-place\", \"hook\": \"" + GATE
            + "\", \"version\": \"3\", \"why\": \"x\"}");
    assertThat(version.statusCode()).isEqualTo(400);
    assertThat(json(version).get("error").asString())
        .contains("has no version 3; its versions are ")
        .contains("2");
    assertThat(json(version).get("field").asString()).isEqualTo("version");

    assertThat(runtime.switchedOff()).doesNotContain("after-order-place/" + AFTER);
    assertThat(runtime.liveVersions()).containsEntry(GATE_KEY, "1");
    assertThat(runtime.history()).hasSize(changes);
  }

  @Test
  void aDryRunRunsTheHooksWithTheApplicationsBeansAndABadInputIs400NamingTheField()
      throws Exception {
    Session ada = signedIn(ConsoleApplication.ADMIN);
    ada.get("/hookwire/api/state");

    HttpResponse<String> ran = ada.post(
        "/hookwire/api/dry-run",
        "{\"event\": \"after-order-place\", \"input\": {\"id\": \"o-9\", \"email\":"
            + " \"ada@example.com\", \"quantity\": 2}}");
    assertThat(ran.statusCode()).isEqualTo(200);
    assertThat(ran.body()).contains("AfterOrderPlace");
    // The dry run's wiring was made with the HookDependencies the bean got: the application's mail.
    assertThat(mails())
        .containsExactly("console/ConsoleApplication:receipt o-9 to ada@example.com");

    HttpResponse<String> bad = ada.post(
        "/hookwire/api/dry-run",
        "{\"event\": \"before-order-place\", \"input\": {\"id\": \"o-1\", \"email\":"
            + " \"ada@example.com\", \"quantity\": \"many\"}}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(json(bad).get("field").asString()).isEqualTo("input.quantity");

    HttpResponse<String> notJson = ada.post("/hookwire/api/dry-run", "{\"event\": ");
    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(json(notJson).get("error").asString()).startsWith("The body is not one JSON object");
  }

  @Test
  void noAnswerHoldsASecretOrAnExceptionsText() throws Exception {
    shop.afterOrderPlace(order("fail@example.com", 1), HookContext.empty());
    Session ada = signedIn(ConsoleApplication.ADMIN);

    HttpResponse<String> state = ada.get("/hookwire/api/state");
    JsonNode counts = hook(json(state), AFTER).get("counts");
    assertThat(counts.get("failures").asInt()).isEqualTo(1);
    assertThat(counts.get("lastFailure").get("exception").asString())
        .isEqualTo(IllegalStateException.class.getName());
    HttpResponse<String> dryRun = ada.post(
        "/hookwire/api/dry-run",
        "{\"event\": \"after-order-place\", \"input\": {\"id\": \"o-1\", \"email\":"
            + " \"fail@example.com\", \"quantity\": 1}}");
    assertThat(dryRun.statusCode()).isEqualTo(200);
    assertThat(dryRun.body()).contains(IllegalStateException.class.getName());

    for (HttpResponse<String> response : List.of(state, dryRun)) {
      assertThat(response.body())
          .doesNotContain(AfterOrderPlace.SECRET)
          .doesNotContain("could not connect")
          .doesNotContain("\tat ");
    }
  }

  @Test
  void thePageIsServedUnderThePathAndSendsStrangersToTheLogin() throws Exception {
    Session stranger = new Session(port);
    HttpResponse<String> page = stranger.get("/hookwire/");
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location").orElse("")).endsWith("/login");
    assertThat(stranger.get("/hookwire/api/state").statusCode()).isEqualTo(401);
    // Signing in brings the stranger back to the console's page.
    assertThat(stranger.signIn(ConsoleApplication.ADMIN, ConsoleApplication.PASSWORD))
        .contains("/hookwire/");

    HttpResponse<String> index = stranger.get("/hookwire/");
    assertThat(index.statusCode()).isEqualTo(200);
    assertThat(index.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(index.headers().firstValue("Content-Security-Policy").orElse(""))
        .contains("default-src 'self'");
    assertThat(stranger.get("/hookwire/console.js").statusCode()).isEqualTo(200);
    assertThat(stranger.get("/hookwire/console.css").statusCode()).isEqualTo(200);
    assertThat(stranger.get("/hookwire/application.properties").statusCode()).isEqualTo(404);
    HttpResponse<String> withoutSlash = stranger.get("/hookwire");
    assertThat(withoutSlash.statusCode()).isEqualTo(302);
    assertThat(withoutSlash.headers().firstValue("Location").orElse("")).endsWith("hookwire/");
  }
}
