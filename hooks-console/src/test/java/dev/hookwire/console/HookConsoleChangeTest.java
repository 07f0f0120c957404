package dev.hookwire.console;

import static dev.hookwire.console.ConsoleFixture.AUDIT;
import static dev.hookwire.console.ConsoleFixture.DARK;
import static dev.hookwire.console.ConsoleFixture.GATE;
import static dev.hookwire.console.ConsoleFixture.HOOKS;
import static dev.hookwire.console.ConsoleFixture.json;
import static dev.hookwire.console.HookConsoleStateTest.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hookwire.runtime.HookAbortedException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class HookConsoleChangeTest {
  private final ConsoleFixture service = new ConsoleFixture();

  @AfterEach
  void close() {
    service.close();
  }

  @Test
  void switchesAHookOffAndOnForTheNextDispatchAndAuditsBoth() throws Exception {
    JsonNode state = service.console.change(
        json("{\"action\": \"switch-off\", \"event\": \"after-user-create\", \"hook\": \"" + AUDIT
            + "\", \"why\": \"noisy\"}"),
        "ada");
    JsonNode off = ConsoleFixture.hook(state, "after-user-create", AUDIT);
    assertEquals("off", off.get("state").asString());
    assertEquals("switched off at run time", off.get("reason").asString());
    assertEquals(List.of("switch-on"), texts(off.get("actions")));
    assertEquals(Set.of(DARK, "after-user-create/" + AUDIT), service.runtime.switchedOff());

    service.wiring.afterUserCreate(
        ConsoleFixture.user("a@example.com", "A"), service.hostContext());
    Thread.sleep(100); // the hook is async: give it the time it would take to run
    assertEquals(List.of(), service.journal.lines());

    service.console.change(
        json("{\"action\": \"switch-on\", \"event\": \"after-user-create\", \"hook\": \"" + AUDIT
            + "\", \"why\": \"fixed\"}"),
        "grace");
    assertEquals(Set.of(DARK), service.runtime.switchedOff());

    JsonNode history = service.console.state().get("history");
    assertEquals(2, history.size());
    assertEquals("switch-off", history.get(0).get("action").asString());
    assertEquals("ada", history.get(0).get("by").asString());
    assertEquals("noisy", history.get(0).get("why").asString());
    assertEquals("AuditSignup", history.get(0).get("name").asString());
    assertEquals("on", history.get(0).get("from").asString());
    assertEquals("off", history.get(0).get("to").asString());
    assertEquals("switch-on", history.get(1).get("action").asString());
    assertEquals("grace", history.get(1).get("by").asString());
  }

  @Test
  void deploysVersionTwoAndRollsBackToOneWithTheHostsPrincipalInTheHistory() {
    JsonNode state = service.console.change(
        json("{\"action\": \"deploy\", \"event\": \"before-user-create\", \"hook\": \"" + GATE
            + "\", \"version\": \"2\", \"why\": \"stricter\", \"by\": \"mallory\"}"),
        "ada");
    assertEquals("2", service.runtime.liveVersions().get("before-user-create/" + GATE));
    JsonNode strict = ConsoleFixture.hook(state, "before-user-create", HOOKS + "GateSignupStrict");
    assertEquals("on", strict.get("state").asString());
    assertEquals(List.of("switch-off", "rollback"), texts(strict.get("actions")));
    assertEquals("1", strict.get("version").get("rollbackTo").asString());
    HookAbortedException refused = assertThrows(
        HookAbortedException.class,
        () -> service.wiring.beforeUserCreate(
            ConsoleFixture.user("a@acme.dev", "A"), service.hostContext()));
    assertEquals(Optional.of("Only example.com addresses may sign up."), refused.userMessage());

    state = service.console.change(
        json("{\"action\": \"rollback\", \"event\": \"before-user-create\", \"hook\": \"" + GATE
            + "\", \"why\": \"too strict\"}"),
        "grace");
    assertEquals("1", service.runtime.liveVersions().get("before-user-create/" + GATE));
    service.wiring.beforeUserCreate(ConsoleFixture.user("a@acme.dev", "A"), service.hostContext());

    JsonNode history = state.get("history");
    assertEquals(2, history.size());
    JsonNode deploy = history.get(0);
    assertEquals("deploy", deploy.get("action").asString());
    assertEquals("1", deploy.get("from").asString());
    assertEquals("2", deploy.get("to").asString());
    assertEquals("ada", deploy.get("by").asString(), "by comes from the host, never the body");
    assertEquals("stricter", deploy.get("why").asString());
    assertEquals("rollback", history.get(1).get("action").asString());
    assertEquals("grace", history.get(1).get("by").asString());
    assertEquals("2", history.get(1).get("from").asString());
  }

  @Test
  void aSwitchOfAVersionIsNoVersionChangeToRollBackTo() {
    service.runtime.deploy("before-user-create", GATE, "2", "ada", "stricter");
    service.runtime.rollback("before-user-create", GATE, "ada", "too strict");
    JsonNode state = service.console.change(
        json("{\"action\": \"switch-off\", \"event\": \"before-user-create\", \"hook\": \"" + GATE
            + "\", \"why\": \"pause sign-ups\"}"),
        "grace");
    JsonNode gate = ConsoleFixture.hook(state, "before-user-create", GATE);
    assertEquals("off", gate.get("state").asString());
    assertEquals("2", gate.get("version").get("rollbackTo").asString(), "not the switch's 'on'");
    assertEquals(List.of("switch-on", "rollback"), texts(gate.get("actions")));
    assertEquals("switch-off", state.get("history").get(2).get("action").asString());
    assertEquals("grace", state.get("history").get(2).get("by").asString());
  }

  @Test
  void anUnknownEventNamesTheClosestAndChangesNothing() {
    ConsoleRequestException refused =
        refused("{\"action\": \"switch-off\", \"event\": \"after-user-craete\", \"hook\": \""
            + AUDIT + "\", \"why\": \"x\"}");
    assertEquals(Optional.of("event"), refused.field());
    assertTrue(
        refused
            .getMessage()
            .contains("did you mean switchOff(\"after-user-create\", AuditSignup.class)"),
        refused.getMessage());
    assertEquals(Set.of(DARK), service.runtime.switchedOff());
  }

  @Test
  void anUnknownHookNamesTheClosest() {
    ConsoleRequestException refused =
        refused("{\"action\": \"switch-off\", \"event\": \"after-user-create\", \"hook\": \""
            + HOOKS + "AuditSignupp\", \"why\": \"x\"}");
    assertEquals(Optional.of("hook"), refused.field());
    assertTrue(refused.getMessage().contains("AuditSignup.class)?"), refused.getMessage());
  }

  @Test
  void anUnknownVersionNamesTheHooksVersions() {
    ConsoleRequestException refused =
        refused("{\"action\": \"deploy\", \"event\": \"before-user-create\", \"hook\": \"" + GATE
            + "\", \"version\": \"3\", \"why\": \"x\"}");
    assertEquals(Optional.of("version"), refused.field());
    assertTrue(refused.getMessage().contains("its versions are 1, 2"), refused.getMessage());
    assertEquals("1", service.runtime.liveVersions().get("before-user-create/" + GATE));
    assertEquals(List.of(), service.runtime.history());
  }

  @Test
  void aVersionThatIsNotLiveIsDeployedNotSwitchedOn() {
    ConsoleRequestException refused =
        refused("{\"action\": \"switch-on\", \"event\": \"before-user-create\", \"hook\": \""
            + HOOKS + "GateSignupStrict\", \"why\": \"x\"}");
    assertTrue(refused.getMessage().contains("deploy it instead"), refused.getMessage());
  }

  @Test
  void aRollbackWithNothingToRollBackIsRefused() {
    ConsoleRequestException refused =
        refused("{\"action\": \"rollback\", \"event\": \"before-user-create\", \"hook\": \"" + GATE
            + "\", \"why\": \"x\"}");
    assertTrue(refused.getMessage().contains("nothing to roll back"), refused.getMessage());
  }

  @Test
  void eachMissingFieldIsNamed() {
    assertEquals(Optional.of("action"), refused("{}").field());
    assertEquals(
        Optional.of("event"),
        refused("{\"action\": \"switch-off\", \"hook\": \"x\"}").field());
    assertEquals(
        Optional.of("hook"),
        refused("{\"action\": \"switch-off\", \"event\": \"after-user-create\"}")
            .field());
    assertEquals(
        Optional.of("why"),
        refused("{\"action\": \"switch-off\", \"event\": \"after-user-create\", \"hook\": \""
                + AUDIT + "\", \"why\": \"  \"}")
            .field());
    ConsoleRequestException noVersion = refused("{\"action\": \"deploy\", \"event\":"
        + " \"before-user-create\", \"hook\": \"" + GATE + "\", \"why\": \"x\"}");
    assertEquals(Optional.of("version"), noVersion.field());
    assertEquals(
        "The field 'version' is required: the id of the version to deploy.",
        noVersion.getMessage());
    assertEquals(
        Optional.of("event"),
        refused("{\"action\": \"switch-off\", \"event\": [1], \"hook\": \"x\"}").field());
  }

  @Test
  void anUnknownActionListsTheActions() {
    ConsoleRequestException refused = refused("{\"action\": \"enable\"}");
    assertEquals(Optional.of("action"), refused.field());
    assertEquals(
        "There is no action 'enable': the actions are switch-on, switch-off, deploy, rollback.",
        refused.getMessage());
  }

  @Test
  void theHostMustSayWhoChanges() {
    assertThrows(
        IllegalArgumentException.class,
        () -> service.console.change(json("{\"action\": \"switch-off\"}"), " "));
  }

  @Test
  void aBodyThatIsNotOneJsonObjectIsRefused() {
    assertThrows(ConsoleRequestException.class, () -> HookConsole.parse("[1]"));
    ConsoleRequestException broken =
        assertThrows(ConsoleRequestException.class, () -> HookConsole.parse("{\"a\": "));
    assertTrue(broken.getMessage().startsWith("The body is not one JSON object"));
    assertThrows(ConsoleRequestException.class, () -> HookConsole.parse("{\"a\": 1, \"a\": 2}"));
  }

  private ConsoleRequestException refused(String request) {
    return assertThrows(
        ConsoleRequestException.class, () -> service.console.change(json(request), "ada"));
  }
}
