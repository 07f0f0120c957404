package dev.hookwire.console;

import static dev.hookwire.console.ConsoleFixture.AUDIT;
import static dev.hookwire.console.ConsoleFixture.GATE;
import static dev.hookwire.console.ConsoleFixture.HOOKS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hookwire.auth.Session;
import dev.hookwire.runtime.HookAbortedException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class HookConsoleStateTest {
  private final ConsoleFixture service = new ConsoleFixture();

  @AfterEach
  void close() {
    service.close();
  }

  @Test
  void listsEveryEventInCatalogOrderWithItsHooksInRunOrder() {
    JsonNode wiring = service.console.state().get("wirings").get(0);
    assertEquals(HOOKS + "HookWiring", wiring.get("type").asString());
    List<String> events = new ArrayList<>();
    wiring.get("events").forEach(e -> events.add(e.get("name").asString()));
    assertEquals(
        List.of(
            "before-user-create",
            "after-user-create",
            "after-admin-user-create",
            "before-session-create",
            "after-session-create",
            "before-login",
            "after-login",
            "resolve-oauth-context",
            "transform-custom-user-data"),
        events);
    JsonNode before = wiring.get("events").get(0);
    assertEquals("before", before.get("kind").asString());
    List<String> hooks = new ArrayList<>();
    before.get("hooks").forEach(h -> hooks.add(h.get("name").asString()));
    assertEquals(List.of("GateSignup", "GateSignupStrict"), hooks);
    assertEquals(
        "after-user-create", wiring.get("events").get(2).get("virtualOf").asString());
  }

  @Test
  void showsEachHooksPoliciesAndState() {
    JsonNode audit = service.hook("after-user-create", AUDIT);
    assertTrue(audit.get("async").asBoolean());
    assertEquals("on", audit.get("state").asString());
    assertTrue(audit.get("reason").isNull());
    assertEquals(List.of("switch-off"), texts(audit.get("actions")));

    JsonNode durable = service.hook("after-user-create", HOOKS + "ProvisionWorkspace");
    assertTrue(durable.get("durable").asBoolean());

    JsonNode timed = service.hook("after-login", HOOKS + "AfterLogin");
    assertEquals(200, timed.get("timeoutMillis").asInt());
    assertTrue(service.hook("before-user-create", GATE).get("timeoutMillis").isNull());

    JsonNode disabled = service.hook("before-login", HOOKS + "BeforeLogin");
    assertEquals("off", disabled.get("state").asString());
    assertEquals(
        "@Disabled: replaced by the identity provider's own check",
        disabled.get("reason").asString());
    assertEquals(List.of(), texts(disabled.get("actions")), "a @Disabled hook cannot be switched");
  }

  @Test
  void showsEachVersionWithTheLiveOneAndTheOthers() {
    JsonNode live = service.hook("before-user-create", GATE);
    assertEquals("1", live.get("version").get("id").asString());
    assertTrue(live.get("version").get("live").asBoolean());
    assertEquals("1", live.get("version").get("liveVersion").asString());
    assertEquals(List.of("1", "2"), texts(live.get("version").get("versions")));
    assertTrue(live.get("version").get("rollbackTo").isNull());
    assertEquals(List.of("switch-off"), texts(live.get("actions")));

    JsonNode dark = service.hook("before-user-create", HOOKS + "GateSignupStrict");
    assertEquals(GATE, dark.get("version").get("hook").asString());
    assertFalse(dark.get("version").get("live").asBoolean());
    assertEquals("off", dark.get("state").asString());
    assertEquals("version 2, not live (version 1 is)", dark.get("reason").asString());
    assertEquals(List.of("deploy"), texts(dark.get("actions")));
  }

  @Test
  void countsRunsFailuresAndTheLastFailureWithItsClassNeverItsMessage() {
    Session session = new Session("s1", "u1", "t", Instant.EPOCH, null, null, null, null, null);
    service.wiring.afterSessionCreate(session, service.hostContext());
    service.wiring.afterSessionCreate(session, service.hostContext());
    JsonNode failing = service.hook("after-session-create", HOOKS + "AfterSessionCreate");
    JsonNode counts = failing.get("counts");
    assertEquals(2, counts.get("runs").asInt());
    assertEquals(2, counts.get("failures").asInt());
    assertEquals(0, counts.get("timeouts").asInt());
    JsonNode last = counts.get("lastFailure");
    assertEquals("failed", last.get("kind").asString());
    assertEquals("java.lang.IllegalStateException", last.get("exception").asString());
    assertFalse(Instant.parse(last.get("at").asString()).isAfter(Instant.now()));
    assertFalse(
        HookConsole.write(service.console.state()).contains("hunter2"),
        "the failure's message holds a secret");
  }

  @Test
  void aRejectionIsCountedApartFromFailures() {
    assertThrows(
        HookAbortedException.class,
        () -> service.wiring.beforeUserCreate(
            ConsoleFixture.user("temp@mailinator.com", "T"), service.hostContext()));
    JsonNode counts = service.hook("before-user-create", GATE).get("counts");
    assertEquals(1, counts.get("runs").asInt());
    assertEquals(0, counts.get("failures").asInt());
    assertEquals(1, counts.get("rejections").asInt());
    assertTrue(counts.get("lastFailure").isNull());
  }

  @Test
  void withoutStatsTheCountsAreAbsent() {
    HookConsole bare = HookConsole.builder(service.runtime)
        .wiring(
            dev.hookwire.console.it.hooks.HookWiring.class,
            service.wiring::describe,
            rt -> service.wiring)
        .build();
    assertFalse(bare.state().get("counts").asBoolean());
    assertTrue(ConsoleFixture.hook(bare.state(), "after-user-create", AUDIT)
        .get("counts")
        .isNull());
  }

  @Test
  void aConsoleNeedsAWiring() {
    assertThrows(
        IllegalStateException.class, () -> HookConsole.builder(service.runtime).build());
  }

  static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(t -> texts.add(t.asString()));
    return texts;
  }
}
