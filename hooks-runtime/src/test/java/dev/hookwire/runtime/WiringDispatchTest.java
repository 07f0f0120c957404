package dev.hookwire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hookwire.runtime.HookFailure.Consequence;
import dev.hookwire.runtime.RecordingListener.Entry;
import dev.hookwire.runtime.RecordingListener.Outcome;
import dev.hookwire.runtime.WiringDescription.HookInfo;
import dev.hookwire.runtime.WiringDescription.Kind;
import dev.hookwire.runtime.internal.Dispatch;
import dev.hookwire.runtime.internal.HookSite;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * What the generated wiring gets from its runtime, driven by hand: the checks at construction,
 * the closed runtime, the reports of skipped, aborted and refused hooks, and {@code describe()}.
 */
final class WiringDispatchTest {
  static final String PACKAGE = WiringDispatchTest.class.getPackageName();

  static final class AuditSignup {}

  static final class SendWelcome {}

  static final class AdminFilter {}

  static final HookSite AUDIT = HookSite.of("after-user-create", AuditSignup.class);
  static final HookSite WELCOME =
      HookSite.of("after-user-create", SendWelcome.class).ordered(2).timed(500);
  static final HookSite GATE = HookSite.of("before-user-create", AuditSignup.class);
  static final HookSite CHECK = HookSite.of("before-user-create", SendWelcome.class);
  static final HookSite ADMIN = HookSite.of("after-admin-user-create", AdminFilter.class);

  final RecordingListener recorder = new RecordingListener();

  /** A wiring's constructor: declares every site, is ready, then asks which to create. */
  static Dispatch wire(HookRuntime runtime, HookSite... sites) {
    Dispatch dispatch = runtime.dispatchFor(PACKAGE);
    for (HookSite site : sites) {
      dispatch.declare(site);
    }
    dispatch.ready();
    for (HookSite site : sites) {
      dispatch.enabled(site);
    }
    return dispatch;
  }

  @Test
  void aClosedRuntimeRefusesEveryDispatchNamingTheEvent() {
    HookRuntime runtime = HookRuntime.builder().listener(recorder).build();
    Dispatch dispatch = wire(runtime, AUDIT);
    dispatch.open("after-user-create");

    runtime.close();

    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> dispatch.open("after-user-create"));
    assertEquals(
        "HookRuntime is closed: after-user-create cannot be dispatched; dispatch before close()",
        e.getMessage());
    assertEquals(List.of(), recorder.entries());
  }

  @Test
  void disablingAHookTheWiringDoesNotHaveNamesTheClosest() {
    HookRuntime runtime =
        HookRuntime.builder().disable("after-user-craete", AuditSignup.class).build();

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> wire(runtime, AUDIT, WELCOME));

    assertEquals(
        "HookRuntime.Builder.disable(\"after-user-craete\", AuditSignup.class) names no hook of the"
            + " wiring of " + PACKAGE
            + ": did you mean disable(\"after-user-create\", AuditSignup.class)?",
        e.getMessage());
  }

  @Test
  void disablingAHookOfAnotherPackageIsLeftToThatPackagesWiring() {
    HookRuntime runtime =
        HookRuntime.builder().disable("after-user-create", String.class).build();

    Dispatch dispatch = wire(runtime, AUDIT);

    assertTrue(dispatch.enabled(AUDIT));
  }

  @Test
  void disablingAnExistingHookSwitchesItOffAndSaysSoInTheTraceAndInDescribe() {
    HookRuntime runtime = HookRuntime.builder()
        .listener(recorder)
        .disable("after-user-create", AuditSignup.class)
        .build();
    Dispatch dispatch = wire(runtime, AUDIT, WELCOME);

    assertFalse(dispatch.enabled(AUDIT));
    assertTrue(dispatch.enabled(WELCOME));
    dispatch.skipped(AUDIT);

    assertEquals("disabled at startup", recorder.entries().get(0).reason());
    List<HookInfo> hooks =
        dispatch.describe("after-user-create", Kind.AFTER, null, AUDIT, WELCOME).hooks();
    assertEquals(Optional.of("disabled at startup"), hooks.get(0).disabled());
    assertEquals(Optional.empty(), hooks.get(0).timeout());
    assertEquals(Optional.of(Duration.ofMillis(500)), hooks.get(1).timeout());
    assertEquals(Optional.empty(), hooks.get(1).disabled());
  }

  @Test
  void aDisabledHookIsDescribedInTheWordsOfItsSkipReport() {
    HookSite legacy =
        HookSite.of("after-user-create", SendWelcome.class).disabledBecause("replaced");
    HookRuntime runtime = HookRuntime.builder().listener(recorder).build();
    Dispatch dispatch = runtime.dispatchFor(PACKAGE);
    dispatch.declare(legacy);
    dispatch.ready();

    dispatch.skipped(legacy);

    assertEquals("@Disabled: replaced", recorder.entries().get(0).reason());
    assertEquals(
        Optional.of("@Disabled: replaced"),
        dispatch
            .describe("after-user-create", Kind.AFTER, null, legacy)
            .hooks()
            .get(0)
            .disabled());
  }

  @Test
  void aHookWhoseConstructorThrowsIsNamed() {
    Dispatch dispatch = wire(HookRuntime.defaults(), AUDIT);
    dispatch.enabled(AUDIT);
    IllegalArgumentException bug = new IllegalArgumentException("no SMTP host");

    RuntimeException e = dispatch.notCreated(bug);

    assertEquals(
        "HookWiring of " + PACKAGE + " could not create hook " + AuditSignup.class.getName()
            + " (after-user-create): its constructor threw " + bug,
        e.getMessage());
    assertSame(bug, e.getCause());
  }

  @Test
  void theHooksAfterAnAbortingBeforeHookAreReportedSkipped() {
    Dispatch dispatch = wire(HookRuntime.builder().listener(recorder).build(), GATE, CHECK);

    RuntimeException e =
        dispatch.aborted(GATE, 0L, new IllegalStateException("down"), List.of(GATE, CHECK), 1);

    assertInstanceOf(HookAbortedException.class, e);
    Entry skip = recorder.entries().get(1);
    assertEquals(Outcome.SKIPPED, skip.outcome());
    assertEquals(SendWelcome.class, skip.hook());
    assertEquals("the operation was aborted by AuditSignup", skip.reason());
  }

  @Test
  void theAbortsMessageKeepsTheHooksOwnMessageOut() {
    Dispatch dispatch = wire(HookRuntime.builder().listener(recorder).build(), GATE);
    SQLException leak = new SQLException("password=hunter2 rejected");

    HookAbortedException e =
        (HookAbortedException) dispatch.aborted(GATE, 0L, leak, List.of(GATE), 1);

    assertEquals(
        "before-user-create hook " + AuditSignup.class.getName()
            + " failed: threw java.sql.SQLException",
        e.getMessage());
    assertSame(leak, e.getCause());
    assertEquals(AuditSignup.class, e.hook());
    assertEquals(Optional.empty(), e.userMessage());
  }

  @Test
  void aThrowingFilterOfAVirtualAfterEventIsReportedAndIsolated() {
    Dispatch dispatch = wire(HookRuntime.builder().listener(recorder).build(), AUDIT);
    IllegalStateException bug = new IllegalStateException("no role");

    dispatch.filterFailed(ADMIN, bug);

    HookFailure failure = recorder.failures().get(0);
    assertEquals(Consequence.ISOLATED, failure.consequence());
    assertEquals(AdminFilter.class, failure.hook());
    assertEquals("(the event's filter) threw " + bug, failure.reason());
    assertThrows(
        HookAbortedException.class,
        () -> wire(HookRuntime.builder().strict(true).build()).filterFailed(ADMIN, bug),
        "strict: it propagates");
  }

  @Test
  void aThrowingFilterOfAVirtualBeforeEventAbortsAndSkipsItsHooks() {
    HookSite virtual = HookSite.of("before-admin-user-create", SendWelcome.class);
    HookSite filter = HookSite.of("before-admin-user-create", AdminFilter.class);
    Dispatch dispatch = wire(HookRuntime.builder().listener(recorder).build(), virtual);

    RuntimeException e =
        dispatch.filterAborted(filter, new IllegalStateException("no role"), List.of(virtual), 0);

    assertEquals(AdminFilter.class, ((HookAbortedException) e).hook());
    assertEquals(
        List.of(Outcome.FAILED, Outcome.SKIPPED),
        recorder.entries().stream().map(Entry::outcome).toList());
    assertEquals(Consequence.ABORTED, recorder.failures().get(0).consequence());
  }

  @Test
  void aTimedHookRefusedByMaxInFlightIsReportedTimedOutWithoutAStart() throws Throwable {
    HookRuntime runtime =
        HookRuntime.builder().listener(recorder).maxInFlight(1).build();
    Dispatch dispatch = wire(runtime, AUDIT, WELCOME);
    CountDownLatch release = new CountDownLatch(1);
    try {
      dispatch.runAsync(
          AUDIT, (e, c) -> release.await(), "x", HookContext.builder().build());
      recorder.clear();
      long start = dispatch.clock();

      HookTimeoutException refused = assertThrows(
          HookTimeoutException.class,
          () -> dispatch.runWithin(
              WELCOME, (e, c) -> {}, "x", HookContext.builder().build()));
      dispatch.afterFailed(WELCOME, start, refused);

      assertEquals(
          List.of(Outcome.TIMED_OUT),
          recorder.entries().stream()
              .filter(en -> en.hook() == SendWelcome.class)
              .map(Entry::outcome)
              .toList());
    } finally {
      release.countDown();
      runtime.close();
    }
  }

  @Test
  void runOnlyOfAClassThatIsNoHookOfTheWiringNamesTheClosest() {
    HookTestKit<Dispatch> kit = HookTestKit.of(runtime -> wire(runtime, AUDIT, WELCOME));

    IllegalArgumentException e = assertThrows(
        IllegalArgumentException.class, () -> kit.runOnly(AdminFilter.class, dispatch -> null));

    assertEquals(
        "HookTestKit.runOnly(" + AdminFilter.class.getName() + ".class): not a hook of the wiring:"
            + " did you mean " + AuditSignup.class.getName() + "?",
        e.getMessage());
  }

  @Test
  void runOnlyReportsTheOtherHooksNotSelected() {
    HookTestKit<Dispatch> kit = HookTestKit.of(runtime -> wire(runtime, AUDIT, WELCOME));

    HookTrace<Object> trace = kit.runOnly(AuditSignup.class, dispatch -> {
      dispatch.skipped(WELCOME);
      return dispatch.describe("after-user-create", Kind.AFTER, null, AUDIT, WELCOME);
    });

    assertEquals("not selected for this run", trace.skipped().get(SendWelcome.class));
    WiringDescription.EventInfo described =
        (WiringDescription.EventInfo) trace.result().orElseThrow();
    assertEquals(
        Optional.of("not selected for this run"), described.hooks().get(1).disabled());
  }
}
