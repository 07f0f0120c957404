package dev.hookwire.console;

import static dev.hookwire.console.ConsoleFixture.AUDIT;
import static dev.hookwire.console.ConsoleFixture.DARK;
import static dev.hookwire.console.ConsoleFixture.GATE;
import static dev.hookwire.console.ConsoleFixture.HOOKS;
import static dev.hookwire.console.ConsoleFixture.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hookwire.auth.User;
import dev.hookwire.runtime.HookChange;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class HookConsoleDryRunTest {
  private static final String ADA =
      "{\"email\": \"ada@example.com\", \"name\": \"  Ada  \", \"emailVerified\": false}";

  private final ConsoleFixture service = new ConsoleFixture();

  @AfterEach
  void close() {
    service.close();
  }

  @Test
  void aSignUpShowsEachHookAndTheMergedEntity() {
    JsonNode trace = dryRun("before-user-create", ADA);
    assertEquals("AuthHooks.beforeUserCreate", trace.get("dispatched").asString());
    JsonNode gate = row(trace, GATE);
    assertEquals("ran", gate.get("outcome").asString());
    assertEquals("UserPatch{name=Ada}", gate.get("returned").asString());
    JsonNode strict = row(trace, HOOKS + "GateSignupStrict");
    assertEquals("skipped", strict.get("outcome").asString());
    assertEquals("version 2, not live (version 1 is)", strict.get("reason").asString());
    assertEquals("Ada", trace.get("result").get("name").asString());
    assertEquals("ada@example.com", trace.get("result").get("email").asString());
    assertTrue(trace.get("threw").isNull());
  }

  @Test
  void itRunsWithTheLiveVersionsAndSwitchesOfNow() {
    service.runtime.deploy("before-user-create", GATE, "2", "ada", "stricter");
    JsonNode trace = dryRun("before-user-create", "{\"email\": \"a@acme.dev\"}");
    JsonNode strict = row(trace, HOOKS + "GateSignupStrict");
    assertEquals("rejected", strict.get("outcome").asString());
    assertEquals(
        "Only example.com addresses may sign up.", strict.get("userMessage").asString());
    assertEquals("skipped", row(trace, GATE).get("outcome").asString());
    JsonNode threw = trace.get("threw");
    assertEquals("dev.hookwire.runtime.HookAbortedException", threw.get("type").asString());
    assertEquals(
        "Only example.com addresses may sign up.", threw.get("userMessage").asString());

    service.runtime.switchOff("after-user-create", dev.hookwire.console.it.hooks.AuditSignup.class);
    JsonNode after = dryRun("after-user-create", ADA);
    assertEquals("skipped", row(after, AUDIT).get("outcome").asString());
    assertEquals("switched off at run time", row(after, AUDIT).get("reason").asString());
  }

  @Test
  void hooksRunForRealWithTheirDependenciesButADurableHookIsOnlyShownAsRecorded() throws Exception {
    JsonNode trace = dryRun("after-user-create", ADA);
    assertEquals("ran", row(trace, AUDIT).get("outcome").asString());
    assertEquals(List.of("audited ada@example.com"), service.journal.lines());
    JsonNode durable = row(trace, HOOKS + "ProvisionWorkspace");
    assertEquals("recorded", durable.get("outcome").asString());
    assertEquals(
        List.of(HOOKS + "ProvisionWorkspace"),
        HookConsoleStateTest.texts(trace.get("recorded").get(0).get("hooks")));
    assertTrue(trace.get("result").isNull(), "an after-event returns nothing");
    Thread.sleep(100);
    assertFalse(
        service.journal.lines().contains("provisioned ada@example.com"),
        "a dry run never delivers a durable hook");
    assertEquals(List.of(), service.recorded, "nor records it where the service does");
  }

  @Test
  void aDryRunChangesNothingOfTheService() {
    service.runtime.switchOff("after-user-create", dev.hookwire.console.it.hooks.AuditSignup.class);
    JsonNode before = service.console.state();
    List<HookChange> history = service.runtime.history();
    dryRun("after-user-create", ADA);
    dryRun("before-user-create", ADA);
    assertEquals(Set.of(DARK, "after-user-create/" + AUDIT), service.runtime.switchedOff());
    assertEquals(history, service.runtime.history());
    assertEquals(before.get("history"), service.console.state().get("history"));
    assertEquals(
        0,
        service.stats.of("before-user-create", GATE).runs(),
        "the dry run's hooks are not the service's counts");
  }

  @Test
  void aFailureShowsItsExceptionsClassNeverItsMessage() {
    JsonNode trace =
        dryRun("after-session-create", "{\"id\": \"s1\", \"userId\": \"u1\", \"token\": \"t\"}");
    JsonNode failed = row(trace, HOOKS + "AfterSessionCreate");
    assertEquals("failed", failed.get("outcome").asString());
    assertEquals("java.lang.IllegalStateException", failed.get("exception").asString());
    assertEquals(
        "the other hooks still ran and the host call went on",
        failed.get("consequence").asString());
    assertFalse(HookConsole.write(trace).contains("hunter2"), HookConsole.write(trace));
  }

  @Test
  void aTimedOutHookIsShownWithItsLimit() {
    JsonNode trace = service.console.dryRun(json("{\"event\": \"after-login\", \"input\":"
        + " {\"user\": {\"email\": \"a@example.com\"}, \"session\": {\"id\": \"s1\"}},"
        + " \"context\": {\"metadata\": {\"slow\": \"yes\"}}}"));
    JsonNode timed = row(trace, HOOKS + "AfterLogin");
    assertEquals("timed-out", timed.get("outcome").asString());
    assertTrue(timed.get("reason").asString().contains("200 ms"), timed.toString());
  }

  @Test
  void aTransformShowsWhatEachHookReturned() {
    JsonNode trace = dryRun("transform-custom-user-data", "{\"sub\": \"u1\"}");
    JsonNode shaped = row(trace, HOOKS + "TransformCustomUserData");
    assertEquals("pro", shaped.get("returned").get("plan").asString());
    assertEquals("u1", trace.get("result").get("sub").asString());
  }

  @Test
  void aDisabledHookIsShownSkippedWithItsReason() {
    JsonNode trace = dryRun("before-login", "{\"email\": \"a@example.com\"}");
    assertEquals(
        "@Disabled: replaced by the identity provider's own check",
        row(trace, HOOKS + "BeforeLogin").get("reason").asString());
  }

  @Test
  void anInputThatDoesNotReadNamesTheField() {
    ConsoleRequestException wrongType =
        refused("before-user-create", "{\"email\": \"a@example.com\", \"emailVerified\": \"yes\"}");
    assertEquals(Optional.of("input.emailVerified"), wrongType.field());
    assertEquals("The field 'input.emailVerified' must be true or false.", wrongType.getMessage());

    ConsoleRequestException unknown = refused("before-user-create", "{\"emial\": \"a\"}");
    assertEquals(Optional.of("input.emial"), unknown.field());
    assertTrue(unknown.getMessage().contains("did you mean 'email'?"), unknown.getMessage());

    ConsoleRequestException time = refused("before-user-create", "{\"createdAt\": \"yesterday\"}");
    assertEquals(Optional.of("input.createdAt"), time.field());
    assertFalse(time.getMessage().contains("yesterday"), "the input is not echoed back");

    ConsoleRequestException nested =
        refused("after-login", "{\"user\": {\"emailVerified\": \"maybe\"}}");
    assertTrue(
        nested.field().orElseThrow().startsWith("input.user"), nested.field().toString());

    ConsoleRequestException missing = assertThrows(
        ConsoleRequestException.class,
        () -> service.console.dryRun(json("{\"event\": \"before-user-create\"}")));
    assertEquals(Optional.of("input"), missing.field());
  }

  @Test
  void anUnknownEventNamesTheClosest() {
    ConsoleRequestException refused = refused("before-user-craete", "{}");
    assertEquals(Optional.of("event"), refused.field());
    assertTrue(
        refused
            .getMessage()
            .startsWith("There is no event before-user-craete. Did you mean before-user-create?"),
        refused.getMessage());
  }

  @Test
  void aBadContextNamesTheField() {
    ConsoleRequestException refused = assertThrows(
        ConsoleRequestException.class,
        () -> service.console.dryRun(json("{\"event\": \"before-user-create\", \"input\": {},"
            + " \"context\": {\"metadata\": {\"ip\": 1}}}")));
    assertEquals(Optional.of("context.metadata.ip"), refused.field());
    assertEquals(
        Optional.of("context.user"),
        assertThrows(
                ConsoleRequestException.class,
                () -> service.console.dryRun(json("{\"event\": \"before-user-create\","
                    + " \"input\": {}, \"context\": {\"user\": \"x\"}}")))
            .field());
  }

  @Test
  void aVirtualEventRunsWithItsBaseEventAndItsFilterDecides() {
    JsonNode trace = service.console.dryRun(json("{\"event\": \"after-admin-user-create\","
        + " \"input\": " + ADA + ", \"context\": {\"path\": \"/admin/create-user\"}}"));
    assertEquals("AuthHooks.afterUserCreate", trace.get("dispatched").asString());
    assertEquals("ran", row(trace, AUDIT).get("outcome").asString());
  }

  @Test
  void eachEventsSampleReadsBackAsItsEntity() {
    for (JsonNode event : service.console.state().get("wirings").get(0).get("events")) {
      JsonNode trace = service.console.dryRun(ConsoleJson.MAPPER
          .createObjectNode()
          .put("event", event.get("name").asString())
          .set("input", event.get("sample")));
      assertTrue(trace.has("hooks"), event.get("name").asString());
    }
    JsonNode sample =
        service.console.state().get("wirings").get(0).get("events").get(0).get("sample");
    assertEquals("ada@example.com", sample.get("email").asString());
    assertEquals(
        List.of(User.class.getRecordComponents()).size(), sample.size(), sample.toString());
  }

  private JsonNode dryRun(String event, String input) {
    return service.console.dryRun(json("{\"event\": \"" + event + "\", \"input\": " + input + "}"));
  }

  private ConsoleRequestException refused(String event, String input) {
    return assertThrows(ConsoleRequestException.class, () -> dryRun(event, input));
  }

  private static JsonNode row(JsonNode trace, String hook) {
    for (JsonNode row : trace.get("hooks")) {
      if (row.get("hook").asString().equals(hook)) {
        return row;
      }
    }
    throw new AssertionError("no row for " + hook + " in " + trace);
  }
}
