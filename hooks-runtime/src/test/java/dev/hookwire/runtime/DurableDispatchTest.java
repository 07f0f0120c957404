package dev.hookwire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hookwire.runtime.HookFailure.Consequence;
import dev.hookwire.runtime.RecordingListener.Outcome;
import dev.hookwire.runtime.internal.Dispatch;
import dev.hookwire.runtime.internal.HookSite;
import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code @Durable} hooks through the runtime, driven by hand as the generated wiring does: one
 * recorded event for all of an event's durable hooks that run, never an inline run, and a dispatch
 * that cannot record fails loudly (no recorder, or a recorder that throws) whatever the
 * strictness.
 */
final class DurableDispatchTest {
  static final class ProvisionWorkspace {}

  static final class SendWelcome {}

  static final HookSite PROVISION =
      HookSite.of("after-user-create", ProvisionWorkspace.class).durably();
  static final HookSite WELCOME =
      HookSite.of("after-user-create", SendWelcome.class).tagged("users").durably();

  static final List<HookSite> BOTH = List.of(PROVISION, WELCOME);
  static final ProvisionWorkspace PROVISION_HOOK = new ProvisionWorkspace();
  static final SendWelcome WELCOME_HOOK = new SendWelcome();

  record Recorded(String event, Object entity, List<String> hooks) {}

  final List<Recorded> recorded = new ArrayList<>();
  final DurableRecorder recorder = (event, entity, hooks) -> {
    recorded.add(new Recorded(event, entity, hooks));
    return "event-" + recorded.size();
  };
  final RecordingListener listener = new RecordingListener();

  static Dispatch wire(HookRuntime runtime, HookSite... sites) {
    return WiringDispatchTest.wire(runtime, sites);
  }

  HookContext withRecorder(String tag) {
    return HookContext.builder()
        .tag(tag)
        .service(DurableRecorder.class, recorder)
        .build();
  }

  @Test
  void theDurableHooksThatRunAreRecordedAsOneEventAndReportedWithItsId() {
    Dispatch dispatch = wire(HookRuntime.builder().listener(listener).build(), PROVISION, WELCOME);

    dispatch.record("ann", withRecorder("users"), BOTH, PROVISION_HOOK, WELCOME_HOOK);

    assertEquals(
        List.of(new Recorded(
            "after-user-create",
            "ann",
            List.of(ProvisionWorkspace.class.getName(), SendWelcome.class.getName()))),
        recorded);
    assertEquals(2, listener.entries(Outcome.SUCCEEDED).size());
    listener.entries(Outcome.SUCCEEDED).forEach(e -> assertEquals("event-1", e.result()));
  }

  @Test
  void aHookOfAnotherTagOrSwitchedOffIsNotRecordedAndHeardSkipped() {
    HookRuntime runtime = HookRuntime.builder()
        .listener(listener)
        .disable("after-user-create", ProvisionWorkspace.class)
        .build();
    Dispatch dispatch = runtime.dispatchFor(DurableDispatchTest.class.getPackageName());
    dispatch.declare(PROVISION);
    dispatch.declare(WELCOME);
    dispatch.ready();

    // Switched off at startup, PROVISION has no hook in the wiring's snapshot.
    dispatch.record("ann", withRecorder("admins"), BOTH, null, WELCOME_HOOK);

    assertTrue(recorded.isEmpty());
    assertEquals(
        List.of(ProvisionWorkspace.class, SendWelcome.class),
        listener.entries(Outcome.SKIPPED).stream().map(e -> e.hook()).toList());
  }

  /**
   * What is recorded follows the snapshot the dispatch started with (the hooks the wiring passes),
   * not the switches made since: a dispatch already running finishes as it started.
   */
  @Test
  void aSwitchDuringTheDispatchDoesNotChangeWhatItRecords() {
    HookRuntime runtime = HookRuntime.builder().listener(listener).build();
    Dispatch dispatch = wire(runtime, PROVISION, WELCOME);
    dispatch.switchable(off -> {});

    // The dispatch started with both on (its snapshot has both hooks); then a switch.
    runtime.switchOff("after-user-create", ProvisionWorkspace.class);
    dispatch.record("ann", withRecorder("users"), BOTH, PROVISION_HOOK, WELCOME_HOOK);
    // The next dispatch starts with the new snapshot: PROVISION is off in it.
    dispatch.record("bob", withRecorder("users"), BOTH, null, WELCOME_HOOK);

    assertEquals(
        List.of(
            new Recorded(
                "after-user-create",
                "ann",
                List.of(ProvisionWorkspace.class.getName(), SendWelcome.class.getName())),
            new Recorded("after-user-create", "bob", List.of(SendWelcome.class.getName()))),
        recorded);
    assertEquals(
        List.of("switched off at run time"),
        listener.entries(Outcome.SKIPPED).stream().map(e -> e.reason()).toList());
  }

  @Test
  void aHookForEachSiteOrTheCallIsRefused() {
    Dispatch dispatch = wire(HookRuntime.defaults(), PROVISION, WELCOME);

    IllegalArgumentException e = assertThrows(
        IllegalArgumentException.class,
        () -> dispatch.record("ann", withRecorder("users"), BOTH, PROVISION_HOOK));
    assertEquals("2 durable sites but 1 hooks", e.getMessage());
  }

  @Test
  void withoutARecorderTheDispatchThrowsAndNothingRuns() {
    Dispatch dispatch = wire(HookRuntime.builder().listener(listener).build(), PROVISION);

    IllegalStateException e = assertThrows(
        IllegalStateException.class,
        () -> dispatch.record("ann", HookContext.empty(), List.of(PROVISION), PROVISION_HOOK));

    assertTrue(e.getMessage()
        .startsWith("after-user-create has the @Durable hook "
            + ProvisionWorkspace.class.getName()
            + " but its HookContext has no DurableRecorder"));
    assertTrue(e.getMessage().contains("outbox.context(connection, ctx)"));
    assertTrue(listener.entries(Outcome.SUCCEEDED).isEmpty());
  }

  @Test
  void aRecorderThatThrowsAbortsTheDispatchEvenWhenNotStrict() {
    HookRuntime runtime = HookRuntime.builder().listener(listener).strict(false).build();
    Dispatch dispatch = wire(runtime, PROVISION);
    SQLException down = new SQLException("connection reset");
    HookContext ctx = HookContext.builder()
        .service(DurableRecorder.class, (event, entity, hooks) -> {
          throw new IllegalStateException(down);
        })
        .build();

    HookAbortedException e = assertThrows(
        HookAbortedException.class,
        () -> dispatch.record("ann", ctx, List.of(PROVISION), PROVISION_HOOK));

    assertEquals(ProvisionWorkspace.class, e.hook());
    assertSame(down, e.getCause().getCause());
    HookFailure failure = listener.failures().get(0);
    assertEquals(Consequence.ABORTED, failure.consequence());
    assertTrue(failure.reason().startsWith("could not be recorded: threw"));
  }

  @Test
  void aDurableHookDeliversARecordedEntityWithItsContextAndThrowsWhatTheHookThrows()
      throws Exception {
    Dispatch dispatch = wire(HookRuntime.defaults(), PROVISION);
    List<String> delivered = new ArrayList<>();
    DurableHook<String> hook = dispatch.durable(PROVISION, String.class, (name, ctx) -> {
      if (name.equals("broken")) {
        throw new IOException("disk full");
      }
      delivered.add(name + "/" + ctx.metadata(DurableHook.EVENT_ID).orElseThrow());
    });

    hook.deliver(
        "ann", HookContext.builder().metadata(DurableHook.EVENT_ID, "e-1").build());

    assertEquals(List.of("ann/e-1"), delivered);
    assertEquals("after-user-create", hook.event());
    assertEquals(ProvisionWorkspace.class.getName(), hook.name());
    assertEquals(String.class, hook.entityType());
    assertThrows(IOException.class, () -> hook.deliver("broken", HookContext.empty()));
  }

  @Test
  void describeSaysAHookIsDurable() {
    Dispatch dispatch = wire(HookRuntime.defaults(), PROVISION);

    WiringDescription.HookInfo info = dispatch
        .describe("after-user-create", WiringDescription.Kind.AFTER, null, PROVISION)
        .hooks()
        .get(0);

    assertTrue(info.durable());
    assertEquals(Optional.empty(), info.timeout());
    assertFalse(info.async());
    assertTrue(new WiringDescription(
            "p",
            List.of(dispatch.describe(
                "after-user-create", WiringDescription.Kind.AFTER, null, PROVISION)))
        .toString()
        .contains(ProvisionWorkspace.class.getName() + ", durable"));
  }
}
