package dev.hookwire.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hookwire.it.policies.AuditJob;
import dev.hookwire.it.policies.BeforeJobSubmit;
import dev.hookwire.it.policies.BeforeUrgentJobSubmit;
import dev.hookwire.it.policies.CheckQuota;
import dev.hookwire.it.policies.HookWiring;
import dev.hookwire.it.policies.LegacyScreen;
import dev.hookwire.it.policies.NotifyOwner;
import dev.hookwire.it.policies.PageOnCall;
import dev.hookwire.it.policies.StampOwner;
import dev.hookwire.it.policies.TagBilling;
import dev.hookwire.it.policies.catalog.Job;
import dev.hookwire.it.policies.catalog.JobHooks;
import dev.hookwire.it.policies.catalog.UrgentJobFilter;
import dev.hookwire.it.support.Script;
import dev.hookwire.it.support.Script.Act;
import dev.hookwire.runtime.HookAbortedException;
import dev.hookwire.runtime.HookContext;
import dev.hookwire.runtime.HookFailure;
import dev.hookwire.runtime.HookFailure.Consequence;
import dev.hookwire.runtime.HookRuntime;
import dev.hookwire.runtime.HookTestKit;
import dev.hookwire.runtime.HookTimeoutException;
import dev.hookwire.runtime.HookTrace;
import dev.hookwire.runtime.RecordingListener;
import dev.hookwire.runtime.RecordingListener.Entry;
import dev.hookwire.runtime.RecordingListener.Outcome;
import dev.hookwire.runtime.WiringDescription;
import dev.hookwire.runtime.WiringDescription.HookInfo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The run-time contract of the generated wiring when the host or a hook makes a mistake: null
 * arguments, a closed runtime, a switch-off or a test-kit selection that names no hook, a hook
 * whose constructor throws, a filter that throws, refused and aborted hooks. Through the wiring of
 * {@code dev.hookwire.it.policies}.
 */
class RuntimeContractTest {
  static final String BEFORE = "before-job-submit";
  static final String URGENT = "before-urgent-job-submit";
  static final String AFTER = "after-job-submit";

  final Script script = new Script();
  final RecordingListener recorder = new RecordingListener();
  final List<HookRuntime> runtimes = new ArrayList<>();

  HookRuntime runtime(HookRuntime.Builder builder) {
    HookRuntime runtime =
        builder.listener(recorder).closeTimeout(Duration.ofSeconds(5)).build();
    runtimes.add(runtime);
    return runtime;
  }

  JobHooks hooks() {
    return new HookWiring(runtime(HookRuntime.builder()));
  }

  @AfterEach
  void release() {
    script.release();
    runtimes.forEach(HookRuntime::close);
    Script.failConstruction(null);
  }

  HookContext ctx(String tag) {
    return HookContext.builder().tag(tag).service(Script.class, script).build();
  }

  @Test
  void aNullArgumentIsRefusedNamingTheParameterBeforeAnyHookRuns() {
    JobHooks hooks = hooks();
    Job job = Job.of("job-1", 1);

    Map<String, Consumer<JobHooks>> calls = new LinkedHashMap<>();
    calls.put("job", h -> h.beforeJobSubmit(null, ctx("ops")));
    calls.put("ctx", h -> h.afterJobSubmit(job, null));
    calls.put("job ", h -> h.transformJobView(null, ctx("ops")));
    calls.put("ctx ", h -> h.afterJobFinish(job, null));
    calls.forEach((parameter, call) -> {
      NullPointerException e =
          assertThrows(NullPointerException.class, () -> call.accept(hooks), parameter);
      assertEquals(parameter.strip(), e.getMessage());
    });
    assertEquals(List.of(), recorder.entries(), "no hook ran, none was blamed");
  }

  @Test
  void anEventWithoutHooksRefusesANullArgumentToo() {
    // after-login has no hook in the kinds package: adding its first hook must not change the
    // contract.
    dev.hookwire.auth.AuthHooks auth =
        new dev.hookwire.it.kinds.HookWiring(runtime(HookRuntime.builder()));

    NullPointerException e =
        assertThrows(NullPointerException.class, () -> auth.afterLogin(null, ctx("ops")));

    assertEquals("login", e.getMessage());
  }

  @Test
  void aClosedRuntimeRefusesEveryDispatcherNamingTheEventBeforeAnyHookRuns() {
    HookRuntime runtime = runtime(HookRuntime.builder());
    JobHooks hooks = new HookWiring(runtime);
    runtime.close();
    Job job = Job.of("job-1", 1);

    List<Runnable> calls = List.of(
        () -> hooks.beforeJobSubmit(job, ctx("ops")),
        () -> hooks.afterJobSubmit(job, ctx("ops")),
        () -> hooks.afterJobFinish(job, ctx("ops")),
        () -> hooks.transformJobView(job, ctx("ops")));
    List<String> messages = calls.stream()
        .map(call -> assertThrows(IllegalStateException.class, call::run).getMessage())
        .toList();

    assertEquals(
        List.of(
            "HookRuntime is closed: before-job-submit cannot be dispatched; dispatch before close()",
            "HookRuntime is closed: after-job-submit cannot be dispatched; dispatch before close()",
            "HookRuntime is closed: after-job-finish cannot be dispatched; dispatch before close()",
            "HookRuntime is closed: transform-job-view cannot be dispatched; dispatch before close()"),
        messages);
    assertEquals(List.of(), script.calls(), "no hook ran, inline or timed");
    assertEquals(List.of(), recorder.entries());
  }

  @Test
  void switchingOffAHookTheWiringDoesNotHaveFailsNamingTheClosest() {
    HookRuntime runtime =
        HookRuntime.builder().disable("before-job-sumbit", CheckQuota.class).build();

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new HookWiring(runtime));

    assertEquals(
        "HookRuntime.Builder.disable(\"before-job-sumbit\", CheckQuota.class) names no hook of the"
            + " wiring of dev.hookwire.it.policies: did you mean disable(\"before-job-submit\", CheckQuota.class)?",
        e.getMessage());
  }

  @Test
  void runOnlyOfAClassThatIsNoHookFailsNamingTheClosest() {
    HookTestKit<JobHooks> kit = HookTestKit.of(HookWiring::new);

    IllegalArgumentException e = assertThrows(
        IllegalArgumentException.class,
        () -> kit.runOnly(
            UrgentJobFilter.class, h -> h.beforeJobSubmit(Job.of("job-1", 1), ctx("ops"))));

    assertEquals(
        "HookTestKit.runOnly(" + UrgentJobFilter.class.getName()
            + ".class): not a hook of the wiring:" + " did you mean "
            + BeforeUrgentJobSubmit.class.getName() + "?",
        e.getMessage());
  }

  @Test
  void runOnlySaysTheOtherHooksWereNotSelectedAndDescribeAgrees() {
    HookTestKit<JobHooks> kit = HookTestKit.of(HookWiring::new);

    HookTrace<Job> trace = kit.runOnly(
        BeforeJobSubmit.class, h -> h.beforeJobSubmit(Job.of("job-1", 1), ctx("billing")));
    HookTrace<WiringDescription> description =
        kit.runOnly(BeforeJobSubmit.class, h -> ((HookWiring) h).describe());

    assertEquals(List.of(BeforeJobSubmit.class), trace.ran());
    assertEquals("not selected for this run", trace.skipped().get(StampOwner.class));
    assertEquals("@Disabled: replaced by CheckQuota", trace.skipped().get(LegacyScreen.class));
    List<HookInfo> hooks = description.result().orElseThrow().events().get(0).hooks();
    assertEquals(Optional.of("not selected for this run"), hooks.get(0).disabled());
    assertEquals(Optional.empty(), hooks.get(1).disabled());
  }

  @Test
  void aHookWhoseConstructorThrowsIsNamedByTheWiring() {
    Script.failConstruction(StampOwner.class);

    IllegalStateException e = assertThrows(IllegalStateException.class, () -> hooks());

    assertEquals(
        "HookWiring of dev.hookwire.it.policies could not create hook " + StampOwner.class.getName()
            + " (before-job-submit): its constructor threw java.lang.IllegalStateException: no connection for StampOwner",
        e.getMessage());
    assertEquals("no connection for StampOwner", e.getCause().getMessage());
  }

  @Test
  void theHooksAfterAnAbortingBeforeHookAreReportedSkippedAndTheMessageKeepsInternalsOut() {
    script.on(StampOwner.class, Act.THROW);

    HookAbortedException e = assertThrows(
        HookAbortedException.class,
        () -> hooks().beforeJobSubmit(Job.of("job-1", 9), ctx("billing")));

    assertEquals(StampOwner.class, e.hook());
    assertEquals(
        "before-job-submit hook " + StampOwner.class.getName() + " failed: threw "
            + Script.ScriptedFailure.class.getName(),
        e.getMessage());
    assertFalse(e.getMessage().contains(e.getCause().getMessage()));
    Map<Class<?>, String> skipped = new LinkedHashMap<>();
    recorder.entries(Outcome.SKIPPED).forEach(s -> skipped.put(s.hook(), s.reason()));
    String aborted = "the operation was aborted by StampOwner";
    assertEquals(
        Map.of(
            BeforeJobSubmit.class, aborted,
            CheckQuota.class, aborted,
            LegacyScreen.class, "@Disabled: replaced by CheckQuota",
            TagBilling.class, aborted,
            BeforeUrgentJobSubmit.class, aborted,
            PageOnCall.class, aborted),
        skipped);
    assertEquals(
        List.of(
            BeforeJobSubmit.class,
            CheckQuota.class,
            LegacyScreen.class,
            TagBilling.class,
            BeforeUrgentJobSubmit.class,
            PageOnCall.class),
        List.copyOf(skipped.keySet()),
        "in run order");
  }

  @Test
  void aThrowingFilterOfAVirtualBeforeEventAbortsAfterTheBaseHooksRan() {
    HookAbortedException e = assertThrows(
        HookAbortedException.class,
        () -> hooks().beforeJobSubmit(Job.of("job-1", -1), ctx("billing")));

    assertEquals(UrgentJobFilter.class, e.hook());
    assertEquals(URGENT, e.event());
    assertInstanceOf(IllegalArgumentException.class, e.getCause());
    assertTrue(
        recorder
            .ran()
            .containsAll(List.of(StampOwner.class, BeforeJobSubmit.class, CheckQuota.class)),
        "the base event's hooks ran first: " + recorder);
    HookFailure failure = recorder.failures().get(0);
    assertEquals(Consequence.ABORTED, failure.consequence());
    assertEquals(
        "(the event's filter) threw java.lang.IllegalArgumentException: negative priority -1",
        failure.reason());
    assertEquals(
        "the operation was aborted by the filter UrgentJobFilter",
        recorder.entries(Outcome.SKIPPED).stream()
            .filter(s -> s.hook() == PageOnCall.class)
            .findFirst()
            .orElseThrow()
            .reason());
  }

  @Test
  void anAsyncOrTimedHookRefusedByMaxInFlightIsReportedLikeATimeoutWithoutAStart() {
    script.on(NotifyOwner.class, Act.BLOCK);
    JobHooks hooks = new HookWiring(runtime(HookRuntime.builder().maxInFlight(1)));
    hooks.afterJobSubmit(Job.of("job-1", 1), ctx("ops")); // NotifyOwner now holds the one permit
    recorder.clear();

    hooks.afterJobSubmit(Job.of("job-2", 1), ctx("ops"));

    List<Entry> refused = recorder.entries().stream()
        .filter(en -> en.hook() == NotifyOwner.class || en.hook() == AuditJob.class)
        .toList();
    assertEquals(
        List.of(Outcome.TIMED_OUT, Outcome.TIMED_OUT),
        refused.stream().map(Entry::outcome).toList(),
        "neither started: " + recorder);
    refused.forEach(en -> {
      assertInstanceOf(HookTimeoutException.class, en.failure().exception().orElseThrow());
      assertEquals(Consequence.ISOLATED, en.failure().consequence());
      assertTrue(
          en.reason().startsWith("was not started: 1 timed or async hooks are still running"),
          en.reason());
    });
    assertSame(NotifyOwner.class, refused.get(0).hook());
  }
}
