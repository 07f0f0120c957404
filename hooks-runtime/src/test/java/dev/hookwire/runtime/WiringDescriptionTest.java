package dev.hookwire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hookwire.runtime.WiringDescription.EventInfo;
import dev.hookwire.runtime.WiringDescription.HookInfo;
import dev.hookwire.runtime.WiringDescription.Kind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class WiringDescriptionTest {

  static WiringDescription sample() {
    return new WiringDescription(
        "com.acme.hooks",
        List.of(
            new EventInfo(
                "before-user-create",
                Kind.BEFORE,
                Optional.empty(),
                List.of(
                    new HookInfo(
                        "com.acme.hooks.BeforeUserCreate",
                        0,
                        Optional.empty(),
                        List.of(),
                        false,
                        Optional.empty()),
                    new HookInfo(
                        "com.acme.hooks.GateSignup",
                        -2,
                        Optional.of(Duration.ofMillis(500)),
                        List.of("members", "users"),
                        false,
                        Optional.empty()),
                    new HookInfo(
                        "com.acme.hooks.LegacyCheck",
                        3,
                        Optional.empty(),
                        List.of(),
                        false,
                        Optional.of("@Disabled: replaced by GateSignup")))),
            new EventInfo(
                "after-user-create",
                Kind.AFTER,
                Optional.empty(),
                List.of(new HookInfo(
                    "com.acme.hooks.SendWelcome",
                    1,
                    Optional.of(Duration.ofMillis(30_000)),
                    List.of("users"),
                    true,
                    Optional.of("disabled at startup")))),
            new EventInfo(
                "after-admin-user-create", Kind.AFTER, Optional.of("after-user-create"), List.of()),
            new EventInfo(
                "transform-custom-user-data",
                Kind.TRANSFORM,
                Optional.empty(),
                List.of(new HookInfo(
                    "com.acme.hooks.TransformCustomUserData",
                    0,
                    Optional.of(Duration.ofMillis(5_000)),
                    List.of(),
                    false,
                    Optional.empty())))));
  }

  @Test
  void readsAsAListingOfEventsAndTheirHooksWithTheirPolicies() {
    assertEquals("""
        HookWiring of com.acme.hooks
        before-user-create (before)
          com.acme.hooks.BeforeUserCreate
          com.acme.hooks.GateSignup, order -2, timeout 500 ms, tags [members, users]
          com.acme.hooks.LegacyCheck, order 3, disabled: @Disabled: replaced by GateSignup
        after-user-create (after)
          com.acme.hooks.SendWelcome, order 1, timeout 30000 ms, tags [users], async, disabled: disabled at startup
        after-admin-user-create (after, virtual of after-user-create): no hooks
        transform-custom-user-data (transform)
          com.acme.hooks.TransformCustomUserData, timeout 5000 ms
        """, sample().toString());
  }

  @Test
  void theListingNamesAHooksDependenciesAndTheOldConstructorHasNone() {
    HookInfo audit = new HookInfo(
        "com.acme.hooks.AuditSignup",
        0,
        Optional.empty(),
        List.of(),
        false,
        Optional.empty(),
        List.of("javax.sql.DataSource", "com.acme.Mailer"));
    WiringDescription description = new WiringDescription(
        "com.acme.hooks",
        List.of(new EventInfo("after-user-create", Kind.AFTER, Optional.empty(), List.of(audit))));
    assertEquals(
        "HookWiring of com.acme.hooks\nafter-user-create (after)\n"
            + "  com.acme.hooks.AuditSignup, needs javax.sql.DataSource, com.acme.Mailer\n",
        description.toString());
    assertEquals(
        List.of(),
        new HookInfo("a.B", 0, Optional.empty(), List.of(), false, Optional.empty())
            .dependencies());
  }

  @Test
  void anEmptyWiringListsOnlyItsPackage() {
    assertEquals(
        "HookWiring of com.acme.hooks\n",
        new WiringDescription("com.acme.hooks", List.of()).toString());
  }

  @Test
  void aHookIsEnabledUnlessItSaysWhyNot() {
    List<HookInfo> hooks = sample().events().get(0).hooks();

    assertTrue(hooks.get(0).enabled());
    assertFalse(hooks.get(2).enabled());
    assertFalse(sample().events().get(1).hooks().get(0).enabled());
  }

  @Test
  void itsListsAreCopiesThatCannotChange() {
    List<String> tags = new ArrayList<>(List.of("users"));
    List<HookInfo> hooks = new ArrayList<>(
        List.of(new HookInfo("a.B", 0, Optional.empty(), tags, false, Optional.empty())));
    List<EventInfo> events = new ArrayList<>(
        List.of(new EventInfo("after-user-create", Kind.AFTER, Optional.empty(), hooks)));
    WiringDescription description = new WiringDescription("a", events);

    tags.add("members");
    hooks.clear();
    events.clear();

    assertEquals(1, description.events().size());
    assertEquals(List.of("users"), description.events().get(0).hooks().get(0).tags());
    assertThrows(UnsupportedOperationException.class, () -> description.events().clear());
    assertThrows(
        UnsupportedOperationException.class,
        () -> description.events().get(0).hooks().clear());
    assertThrows(NullPointerException.class, () -> new WiringDescription(null, List.of()));
  }

  @Test
  void equalDescriptionsAreEqual() {
    assertEquals(sample(), sample());
    assertEquals(sample().hashCode(), sample().hashCode());
  }
}
