package dev.hookwire.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hookwire.it.policies.AfterJobFinish;
import dev.hookwire.it.policies.AfterJobSubmit;
import dev.hookwire.it.policies.ArchiveJob;
import dev.hookwire.it.policies.AuditJob;
import dev.hookwire.it.policies.BeforeJobSubmit;
import dev.hookwire.it.policies.BeforeUrgentJobSubmit;
import dev.hookwire.it.policies.CheckQuota;
import dev.hookwire.it.policies.CountJob;
import dev.hookwire.it.policies.HookWiring;
import dev.hookwire.it.policies.IndexJob;
import dev.hookwire.it.policies.LegacyExport;
import dev.hookwire.it.policies.LegacyScreen;
import dev.hookwire.it.policies.NotifyOwner;
import dev.hookwire.it.policies.PageOnCall;
import dev.hookwire.it.policies.PublishMetrics;
import dev.hookwire.it.policies.RedactJob;
import dev.hookwire.it.policies.ReleaseWorker;
import dev.hookwire.it.policies.StampOwner;
import dev.hookwire.it.policies.TagBilling;
import dev.hookwire.it.policies.TransformJobView;
import dev.hookwire.it.policies.catalog.Job;
import dev.hookwire.it.policies.catalog.JobHooks;
import dev.hookwire.it.policies.catalog.JobPatch;
import dev.hookwire.it.support.Json;
import dev.hookwire.it.support.Script;
import dev.hookwire.it.support.Script.Act;
import dev.hookwire.it.support.Script.ScriptedFailure;
import dev.hookwire.runtime.HookAbortedException;
import dev.hookwire.runtime.HookContext;
import dev.hookwire.runtime.HookFailure;
import dev.hookwire.runtime.HookFailure.Consequence;
import dev.hookwire.runtime.HookListener;
import dev.hookwire.runtime.HookRuntime;
import dev.hookwire.runtime.HookTestKit;
import dev.hookwire.runtime.HookTimeoutException;
import dev.hookwire.runtime.HookTrace;
import dev.hookwire.runtime.RecordingListener;
import dev.hookwire.runtime.RecordingListener.Entry;
import dev.hookwire.runtime.RecordingListener.Outcome;
import dev.hookwire.runtime.WiringDescription;
import dev.hookwire.runtime.WiringDescription.EventInfo;
import dev.hookwire.runtime.WiringDescription.HookInfo;
import dev.hookwire.runtime.WiringDescription.Kind;
import dev.hookwire.runtime.internal.HookSite;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The runtime policies of issue 3 (timeouts, order, tags, chain stop, disable, async after-hooks,
 * listener, test kit, describe), proven through the {@code HookWiring} the processor generated for
 * the test hooks package {@code dev.hookwire.it.policies} and its test catalog {@link JobHooks}.
 *
 * <p>Timings: hooks have time limits of 150 to 1000 ms; the tests only assert generous bounds
 * (a limit plus {@link #SLACK}), never tight ones.
 */
class PoliciesTest {
  /** What a caller may wait beyond a hook's time limit: generous, so a loaded machine does not fail the test. */
  static final long SLACK = 1_000;

  static final String BEFORE = "before-job-submit";
  static final String URGENT = "before-urgent-job-submit";
  static final String AFTER = "after-job-submit";
  static final String FINISH = "after-job-finish";
  static final String TRANSFORM = "transform-job-view";

  final Script script = new Script();
  final RecordingListener recorder = new RecordingListener();
  final List<HookRuntime> runtimes = new ArrayList<>();
  final HookRuntime runtime = track(HookRuntime.builder()
      .listener(recorder)
      .closeTimeout(Duration.ofSeconds(5))
      .build());
  final JobHooks hooks = new HookWiring(runtime);

  HookRuntime track(HookRuntime runtime) {
    runtimes.add(runtime);
    return runtime;
  }

  @AfterEach
  void releaseHooksAndCloseRuntimes() {
    script.release();
    runtimes.forEach(HookRuntime::close);
  }

  HookContext ctx(String tag) {
    return HookContext.builder().tag(tag).service(Script.class, script).build();
  }

  static Job job(int priority) {
    return Job.of("job-1", priority);
  }

  static long millisSince(long startNanos) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
  }

  /** The hooks skipped, with why, as the recorder heard them. */
  static Map<Class<?>, String> skipped(RecordingListener recorder) {
    Map<Class<?>, String> skipped = new LinkedHashMap<>();
    recorder.entries(Outcome.SKIPPED).forEach(e -> skipped.put(e.hook(), e.reason()));
    return skipped;
  }

  static List<Entry> entriesOf(RecordingListener recorder, Class<?> hook) {
    return recorder.entries().stream().filter(e -> e.hook().equals(hook)).toList();
  }

  static Entry single(RecordingListener recorder, Outcome outcome, Class<?> hook) {
    List<Entry> found =
        recorder.entries(outcome).stream().filter(e -> e.hook().equals(hook)).toList();
    assertEquals(
        1,
        found.size(),
        () -> "expected one " + outcome + " of " + hook.getSimpleName() + " in\n" + recorder);
    return found.get(0);
  }

  static boolean await(java.util.function.BooleanSupplier condition) {
    return Script.eventually(condition, Duration.ofSeconds(5));
  }

  /** The synchronous hooks the script saw, in call order: the async ones run whenever. */
  List<Class<?>> calledInline() {
    return script.called().stream()
        .filter(h -> h != NotifyOwner.class && h != PublishMetrics.class)
        .toList();
  }

  // ====================================================================== timeouts

  @Nested
  class Timeouts {
    @Test
    void aBeforeHookPastItsTimeoutAbortsWithATimeoutNamingTheEventAndTheHook() {
      script.on(CheckQuota.class, Act.SLEEP);

      long start = System.nanoTime();
      HookAbortedException e = assertThrows(
          HookAbortedException.class, () -> hooks.beforeJobSubmit(job(1), ctx("billing")));
      long took = millisSince(start);

      assertTrue(took < 200 + SLACK, "the caller waited " + took + " ms for a 200 ms hook");
      assertTrue(
          took >= 150, "the caller gave up after " + took + " ms, before the 200 ms time limit");
      HookTimeoutException timeout = assertInstanceOf(HookTimeoutException.class, e.getCause());
      assertEquals(BEFORE, timeout.event());
      assertEquals(CheckQuota.class, timeout.hook());
      assertEquals(200, timeout.timeout(TimeUnit.MILLISECONDS));
      assertEquals(
          BEFORE + " hook " + CheckQuota.class.getName()
              + " did not finish within 200 ms and was interrupted",
          timeout.getMessage());
      assertEquals(BEFORE, e.event());
      assertEquals(CheckQuota.class, e.hook());
      assertFalse(e.isRejection());
      assertEquals(Optional.empty(), e.userMessage());
      assertEquals(
          List.of(StampOwner.class, BeforeJobSubmit.class, CheckQuota.class),
          script.called(),
          "the hooks after the timed-out one do not run");
      HookFailure failure =
          single(recorder, Outcome.TIMED_OUT, CheckQuota.class).failure();
      assertEquals(Consequence.ABORTED, failure.consequence());
      assertTrue(failure.isTimeout());
      assertSame(timeout, failure.exception().orElseThrow());
      assertEquals(Optional.of(Duration.ofMillis(200)), failure.took());
      assertTrue(
          await(() -> script.interrupted(CheckQuota.class) == 1),
          "the hook is interrupted at its time limit");
    }

    @Test
    void anAfterHookPastItsTimeoutIsReportedAndTheFollowingHooksStillRun() {
      script.on(AuditJob.class, Act.SLEEP);

      long start = System.nanoTime();
      hooks.afterJobSubmit(job(1), ctx("ops"));
      long took = millisSince(start);

      assertTrue(took < 150 + SLACK, "the caller waited " + took + " ms for a 150 ms hook");
      assertEquals(
          List.of(AfterJobSubmit.class, ArchiveJob.class, AuditJob.class, CountJob.class),
          calledInline());
      Entry timedOut = single(recorder, Outcome.TIMED_OUT, AuditJob.class);
      assertEquals(AFTER, timedOut.event());
      assertTrue(timedOut.failure().isTimeout());
      assertEquals(Consequence.ISOLATED, timedOut.failure().consequence());
      assertEquals("did not finish within 150 ms and was interrupted", timedOut.reason());
      HookTimeoutException error = assertInstanceOf(
          HookTimeoutException.class, timedOut.failure().exception().orElseThrow());
      assertEquals(AuditJob.class, error.hook());
      single(recorder, Outcome.SUCCEEDED, CountJob.class);
      assertTrue(await(() -> script.interrupted(AuditJob.class) == 1));
    }

    @Test
    void aTransformHookPastItsTimeoutKeepsItsInputAndTheChainGoesOn() {
      script.on(TransformJobView.class, Act.SLEEP);
      Job input = job(1);

      long start = System.nanoTime();
      Job view = hooks.transformJobView(input, ctx(""));
      long took = millisSince(start);

      assertTrue(took < 200 + SLACK, "the caller waited " + took + " ms for a 200 ms hook");
      assertSame(input, script.inputOf(RedactJob.class), "the next hook gets the kept input");
      assertEquals(new Job("job-1", "Rebuild index", 1, "ada", ">RedactJob", "[redacted]"), view);
      HookFailure failure =
          single(recorder, Outcome.TIMED_OUT, TransformJobView.class).failure();
      assertEquals(Consequence.INPUT_KEPT, failure.consequence());
      assertTrue(failure.isTimeout());
    }

    @Test
    void theCatalogDefaultTimeoutAppliesToAHookWithoutItsOwnAndTheHooksOwnOverridesIt() {
      script
          .sleepMillis(500)
          .on(AfterJobFinish.class, Act.SLEEP)
          .on(ReleaseWorker.class, Act.SLEEP);

      long start = System.nanoTime();
      hooks.afterJobFinish(job(1), ctx(""));
      long took = millisSince(start);

      // AfterJobFinish has no @Timeout: the catalog's 200 ms cut its 500 ms sleep short.
      HookFailure failure =
          single(recorder, Outcome.TIMED_OUT, AfterJobFinish.class).failure();
      assertEquals(
          200,
          ((HookTimeoutException) failure.exception().orElseThrow())
              .timeout(TimeUnit.MILLISECONDS));
      assertTrue(await(() -> script.interrupted(AfterJobFinish.class) == 1));
      // ReleaseWorker's own @Timeout(1 s) let it sleep its 500 ms and succeed.
      single(recorder, Outcome.SUCCEEDED, ReleaseWorker.class);
      assertEquals(1, script.returned(ReleaseWorker.class));
      assertEquals(0, script.interrupted(ReleaseWorker.class));
      assertTrue(
          took >= 200 + 450,
          "the caller went on after " + took + " ms, without waiting for ReleaseWorker");
      assertTrue(took < 200 + 500 + SLACK, "the caller waited " + took + " ms");
      assertEquals(List.of(), recorder.entries(Outcome.FAILED));
    }

    @Test
    void aBeforeHookIgnoringInterruptionDoesNotHoldTheCallerPastItsTimeout() {
      script.on(CheckQuota.class, Act.HANG);

      long start = System.nanoTime();
      HookAbortedException e = assertThrows(
          HookAbortedException.class, () -> hooks.beforeJobSubmit(job(1), ctx("billing")));
      long took = millisSince(start);

      assertTrue(took < 200 + SLACK, "the caller waited " + took + " ms for a 200 ms hook");
      assertInstanceOf(HookTimeoutException.class, e.getCause());
      assertTrue(
          await(() -> script.ignoredInterrupts(CheckQuota.class) >= 1),
          "the hook was interrupted and ignored it");
      assertEquals(1, script.active(), "the hook is still running after the caller went on");
      script.release();
      assertTrue(await(() -> script.active() == 0));
      assertEquals(
          1,
          recorder.failures().size(),
          "a hook finishing after its timeout is not reported again:\n" + recorder);
    }

    @Test
    void anAfterAndATransformHookIgnoringInterruptionDoNotHoldTheCallerEither() {
      script.on(AfterJobFinish.class, Act.HANG).on(TransformJobView.class, Act.HANG);

      long start = System.nanoTime();
      hooks.afterJobFinish(job(1), ctx(""));
      long afterTook = millisSince(start);
      start = System.nanoTime();
      Job view = hooks.transformJobView(job(1), ctx(""));
      long transformTook = millisSince(start);

      assertTrue(afterTook < 200 + SLACK, "after-job-finish waited " + afterTook + " ms");
      assertTrue(transformTook < 200 + SLACK, "transform-job-view waited " + transformTook + " ms");
      assertEquals("Rebuild index", view.title(), "the transform input was kept");
      assertEquals(2, script.active(), "both hooks still hang");
      single(recorder, Outcome.TIMED_OUT, AfterJobFinish.class);
      single(recorder, Outcome.TIMED_OUT, TransformJobView.class);
      single(recorder, Outcome.SUCCEEDED, ReleaseWorker.class);
    }

    @Test
    void maxInFlightBoundsTheThreadsOfHungHooksAndRejectsTheNextTimedHookAtOnce() {
      HookRuntime bounded =
          track(HookRuntime.builder().listener(recorder).maxInFlight(2).build());
      JobHooks boundedHooks = new HookWiring(bounded);
      script.on(CheckQuota.class, Act.HANG).on(TransformJobView.class, Act.HANG);
      Set<Thread> before = Thread.getAllStackTraces().keySet();

      // Two timed hooks hang past their limit, ignoring interruption: both permits stay taken.
      assertThrows(HookAbortedException.class, () -> boundedHooks.beforeJobSubmit(job(1), ctx("")));
      assertEquals(
          "Rebuild index", boundedHooks.transformJobView(job(1), ctx("")).title());
      assertEquals(2, script.active());

      // A third timed call is not started: it is rejected at once, reported like a timeout.
      long start = System.nanoTime();
      boundedHooks.afterJobFinish(job(1), ctx(""));
      long took = millisSince(start);

      assertTrue(
          took < 1_000,
          "the rejected hooks held the caller " + took + " ms (ReleaseWorker's limit is 1000 ms)");
      assertEquals(0, script.entered(AfterJobFinish.class), "not started");
      assertEquals(0, script.entered(ReleaseWorker.class), "not started");
      String why =
          "was not started: 2 timed or async hooks are still running (HookRuntime.Builder.maxInFlight)";
      for (Class<?> hook : List.of(AfterJobFinish.class, ReleaseWorker.class)) {
        HookFailure failure = single(recorder, Outcome.TIMED_OUT, hook).failure();
        assertTrue(failure.isTimeout(), "reported like a timeout");
        assertEquals(why, failure.reason());
        assertEquals(Consequence.ISOLATED, failure.consequence());
        assertEquals(
            FINISH + " hook " + hook.getName() + " " + why,
            failure.exception().orElseThrow().getMessage());
      }
      // The async hook is not started either (see the report: it is a FAILED, not a TIMED_OUT,
      // entry).
      assertTrue(await(
          () -> recorder.failures().stream().anyMatch(f -> f.hook() == PublishMetrics.class)));
      HookFailure async = recorder.failures().stream()
          .filter(f -> f.hook() == PublishMetrics.class)
          .findFirst()
          .orElseThrow();
      assertEquals(why, async.reason());
      assertEquals(0, script.entered(PublishMetrics.class));

      // No more than two hook threads ever existed: every hook body off the caller's thread ran on
      // one of two.
      Thread caller = Thread.currentThread();
      assertEquals(
          2,
          script.calls().stream()
              .map(Script.Call::thread)
              .filter(t -> t != caller)
              .distinct()
              .count());
      if (Runtime.version().feature() < 21) {
        long hookThreads = Thread.getAllStackTraces().keySet().stream()
            .filter(t -> !before.contains(t) && t.getName().startsWith("hookwire-"))
            .count();
        assertTrue(hookThreads <= 2, hookThreads + " hookwire threads");
      }

      // Once the hung hooks end, their permits are back.
      script.release();
      assertTrue(await(() -> script.active() == 0));
      recorder.clear();
      boundedHooks.afterJobFinish(job(1), ctx(""));
      single(recorder, Outcome.SUCCEEDED, AfterJobFinish.class);
      single(recorder, Outcome.SUCCEEDED, ReleaseWorker.class);
    }

    @Test
    void inlineHooksRunOnTheCallersThreadAndTimedOnesOnTheRuntimesExecutor() {
      Thread caller = Thread.currentThread();

      hooks.beforeJobSubmit(job(9), ctx("billing"));
      hooks.afterJobSubmit(job(9), ctx("billing"));
      hooks.afterJobFinish(job(9), ctx(""));
      hooks.transformJobView(job(9), ctx(""));

      for (Class<?> inline : List.of(
          StampOwner.class,
          BeforeJobSubmit.class,
          TagBilling.class,
          BeforeUrgentJobSubmit.class,
          PageOnCall.class,
          AfterJobSubmit.class,
          IndexJob.class,
          ArchiveJob.class,
          CountJob.class,
          RedactJob.class)) {
        assertSame(
            caller,
            script.threadOf(inline),
            inline.getSimpleName() + " has no time limit: it runs inline");
      }
      assertTrue(await(() ->
          script.entered(NotifyOwner.class) == 1 && script.entered(PublishMetrics.class) == 1));
      for (Class<?> timed : List.of(
          CheckQuota.class,
          AuditJob.class,
          AfterJobFinish.class,
          ReleaseWorker.class,
          TransformJobView.class,
          NotifyOwner.class,
          PublishMetrics.class)) {
        Thread thread = script.threadOf(timed);
        assertNotSame(
            caller, thread, timed.getSimpleName() + " is timed or async: it runs on the executor");
        if (Runtime.version().feature() >= 21) {
          assertTrue(
              thread.toString().contains("VirtualThread"),
              thread + " is a virtual thread on JDK 21+");
        } else {
          assertTrue(thread.getName().startsWith("hookwire-"), thread.getName());
          assertTrue(thread.isDaemon(), thread + " is a daemon");
        }
      }
    }
  }

  // ====================================================================== order

  @Nested
  class Order {
    @Test
    void beforeHooksRunByOrderThenClassNameAndEachSeesTheJobMergedSoFar() {
      Job input = job(9);

      Job merged = hooks.beforeJobSubmit(input, ctx("billing"));

      List<Class<?>> order = List.of(
          StampOwner.class,
          BeforeJobSubmit.class,
          CheckQuota.class,
          TagBilling.class,
          BeforeUrgentJobSubmit.class,
          PageOnCall.class);
      assertEquals(order, script.called());
      assertEquals(order, recorder.ran());
      assertEquals(
          ">StampOwner>BeforeJobSubmit>CheckQuota>TagBilling>BeforeUrgentJobSubmit>PageOnCall",
          merged.trail());
      assertSame(input, script.inputOf(StampOwner.class));
      assertEquals(
          ">StampOwner>BeforeJobSubmit",
          ((Job) script.inputOf(CheckQuota.class)).trail(),
          "the timed hook sees the job merged so far");
      assertEquals(
          ">StampOwner>BeforeJobSubmit>CheckQuota>TagBilling",
          ((Job) script.inputOf(BeforeUrgentJobSubmit.class)).trail(),
          "the virtual event's hooks see the base event's result");
      assertEquals("", input.trail(), "the input is not changed");
      assertEquals("job-1", merged.id());
    }

    @Test
    void afterHooksRunInOrderThenByClassName() {
      hooks.afterJobSubmit(job(1), ctx("billing"));

      // ArchiveJob and AuditJob both have order 3: by class name.
      assertEquals(
          List.of(
              AfterJobSubmit.class,
              IndexJob.class,
              ArchiveJob.class,
              AuditJob.class,
              CountJob.class),
          calledInline());
      assertEquals(
          List.of(
              AfterJobSubmit.class,
              IndexJob.class,
              ArchiveJob.class,
              AuditJob.class,
              CountJob.class),
          recorder.ran().stream().filter(h -> h != NotifyOwner.class).toList());
    }

    @Test
    void transformHooksAreChainedInOrder() {
      Job view = hooks.transformJobView(job(1), ctx(""));

      assertEquals(List.of(TransformJobView.class, RedactJob.class), script.called());
      assertEquals(
          "REBUILD INDEX",
          ((Job) script.inputOf(RedactJob.class)).title(),
          "the second hook gets the first one's result");
      assertEquals(
          new Job("job-1", "REBUILD INDEX", 1, "ada", ">TransformJobView>RedactJob", "[redacted]"),
          view);
      assertSame(view, single(recorder, Outcome.SUCCEEDED, RedactJob.class).result());
    }

    @Test
    void theVirtualEventsHooksAreSkippedWhenItsFilterDoesNotHold() {
      Job merged = hooks.beforeJobSubmit(job(3), ctx("billing"));

      assertEquals(">StampOwner>BeforeJobSubmit>CheckQuota>TagBilling", merged.trail());
      assertEquals(
          "filter UrgentJobFilter does not hold",
          skipped(recorder).get(BeforeUrgentJobSubmit.class));
      assertEquals("filter UrgentJobFilter does not hold", skipped(recorder).get(PageOnCall.class));
      assertFalse(script.called().contains(BeforeUrgentJobSubmit.class));
    }
  }

  // ====================================================================== tags

  @Nested
  class Tags {
    @ParameterizedTest
    @ValueSource(strings = {"billing", "invoices"})
    void aTaggedHookRunsForItsTags(String tag) {
      Job merged = hooks.beforeJobSubmit(job(1), ctx(tag));

      assertTrue(script.called().contains(TagBilling.class));
      assertTrue(merged.trail().endsWith(">TagBilling"));
      assertFalse(skipped(recorder).containsKey(TagBilling.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ops", "Billing", ""})
    void aTaggedHookIsSkippedForOtherTagsWithTheReason(String tag) {
      Job merged = hooks.beforeJobSubmit(job(1), ctx(tag));
      hooks.afterJobSubmit(job(1), ctx(tag));

      assertFalse(script.called().contains(TagBilling.class));
      assertFalse(script.called().contains(IndexJob.class));
      assertEquals(">StampOwner>BeforeJobSubmit>CheckQuota", merged.trail());
      assertEquals(
          "tag '" + tag + "' is not one of [billing, invoices]",
          skipped(recorder).get(TagBilling.class));
      assertEquals(
          "tag '" + tag + "' is not one of [billing]", skipped(recorder).get(IndexJob.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"billing", "ops", ""})
    void untaggedHooksRunForEveryTag(String tag) {
      hooks.beforeJobSubmit(job(9), ctx(tag));
      hooks.afterJobSubmit(job(9), ctx(tag));

      for (Class<?> untagged : List.of(
          StampOwner.class,
          BeforeJobSubmit.class,
          CheckQuota.class,
          BeforeUrgentJobSubmit.class,
          PageOnCall.class,
          AfterJobSubmit.class,
          ArchiveJob.class,
          AuditJob.class,
          CountJob.class)) {
        assertEquals(
            1, script.entered(untagged), untagged.getSimpleName() + " for tag '" + tag + "'");
      }
    }
  }

  // ====================================================================== chain stop

  @Nested
  class ChainStop {
    @Test
    void aBeforeHookStoppingTheChainSkipsTheRestAndTheVirtualEventWithoutAborting() {
      script.on(StampOwner.class, Act.STOP_CHAIN);

      Job merged = hooks.beforeJobSubmit(job(9), ctx("billing"));

      assertEquals(">StampOwner", merged.trail(), "the stopping hook's own patch is merged");
      assertEquals(List.of(StampOwner.class), script.called());
      String why = "chain stopped by StampOwner";
      assertEquals(
          Map.of(
              BeforeJobSubmit.class,
              why,
              CheckQuota.class,
              why,
              LegacyScreen.class,
              "@Disabled: replaced by CheckQuota",
              TagBilling.class,
              why,
              BeforeUrgentJobSubmit.class,
              why,
              PageOnCall.class,
              why),
          skipped(recorder));
      assertEquals(List.of(), recorder.failures(), "the operation was not aborted");
      JobPatch stopping =
          (JobPatch) single(recorder, Outcome.SUCCEEDED, StampOwner.class).result();
      assertTrue(stopping.stopsChain());
    }

    @Test
    void aTimedHookCanStopTheChainToo() {
      script.on(CheckQuota.class, Act.STOP_CHAIN);

      Job merged = hooks.beforeJobSubmit(job(9), ctx("billing"));

      assertEquals(">StampOwner>BeforeJobSubmit>CheckQuota", merged.trail());
      assertEquals(
          List.of(StampOwner.class, BeforeJobSubmit.class, CheckQuota.class), script.called());
      String why = "chain stopped by CheckQuota";
      assertEquals(
          Map.of(
              LegacyScreen.class,
              "@Disabled: replaced by CheckQuota",
              TagBilling.class,
              why,
              BeforeUrgentJobSubmit.class,
              why,
              PageOnCall.class,
              why),
          skipped(recorder));
    }

    @Test
    void theLastBaseHookStoppingTheChainSkipsTheVirtualEvent() {
      script.on(TagBilling.class, Act.STOP_CHAIN);

      Job merged = hooks.beforeJobSubmit(job(9), ctx("billing"));

      assertEquals(">StampOwner>BeforeJobSubmit>CheckQuota>TagBilling", merged.trail());
      assertEquals(
          "chain stopped by TagBilling", skipped(recorder).get(BeforeUrgentJobSubmit.class));
      assertEquals("chain stopped by TagBilling", skipped(recorder).get(PageOnCall.class));
      assertFalse(script.called().contains(BeforeUrgentJobSubmit.class));
    }

    @Test
    void aVirtualEventsHookStopsTheRestOfItsEvent() {
      script.on(BeforeUrgentJobSubmit.class, Act.STOP_CHAIN);

      Job merged = hooks.beforeJobSubmit(job(9), ctx("billing"));

      assertEquals(
          ">StampOwner>BeforeJobSubmit>CheckQuota>TagBilling>BeforeUrgentJobSubmit",
          merged.trail());
      assertEquals(
          Map.of(PageOnCall.class, "chain stopped by BeforeUrgentJobSubmit"),
          skipped(recorder).entrySet().stream()
              .filter(e -> e.getKey() != LegacyScreen.class)
              .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    @Test
    void aThrowStillAbortsAndStopsTheChain() {
      script.on(BeforeJobSubmit.class, Act.THROW);

      HookAbortedException e = assertThrows(
          HookAbortedException.class, () -> hooks.beforeJobSubmit(job(9), ctx("billing")));

      assertInstanceOf(ScriptedFailure.class, e.getCause());
      assertEquals(BeforeJobSubmit.class, e.hook());
      assertEquals(List.of(StampOwner.class, BeforeJobSubmit.class), script.called());
      assertEquals(
          Consequence.ABORTED,
          single(recorder, Outcome.FAILED, BeforeJobSubmit.class).failure().consequence());
    }

    @Test
    void everyLaterHookIsReportedWithItsOwnReasonWhenTheChainStops() {
      HookRuntime switchedOff = track(HookRuntime.builder()
          .listener(recorder)
          .disable(BEFORE, CheckQuota.class)
          .build());
      script.on(StampOwner.class, Act.STOP_CHAIN);

      new HookWiring(switchedOff).beforeJobSubmit(job(1), ctx("billing"));

      assertEquals(
          "disabled at startup", skipped(recorder).get(CheckQuota.class), recorder::toString);
      assertEquals(
          "@Disabled: replaced by CheckQuota",
          skipped(recorder).get(LegacyScreen.class),
          recorder::toString);
    }

    @Test
    void aStoppedChainRunsAgainInFullOnTheNextDispatch() {
      script.plan((hook, input) ->
          hook == StampOwner.class && ((Job) input).priority() == 9 ? Act.STOP_CHAIN : null);

      assertEquals(">StampOwner", hooks.beforeJobSubmit(job(9), ctx("billing")).trail());
      assertEquals(
          ">StampOwner>BeforeJobSubmit>CheckQuota>TagBilling",
          hooks.beforeJobSubmit(job(5), ctx("billing")).trail(),
          "the patch object's stop flag does not leak into the next dispatch");
    }
  }

  // ====================================================================== disable

  @Nested
  class Disable {
    @Test
    void aDisabledHookIsNeverConstructedNorCalledButListedAndReportedAsSkipped() {
      hooks.beforeJobSubmit(job(1), ctx("billing"));
      hooks.afterJobSubmit(job(1), ctx("billing"));

      assertEquals(0, Script.constructions(LegacyScreen.class));
      assertEquals(0, Script.constructions(LegacyExport.class));
      assertFalse(script.called().contains(LegacyScreen.class));
      assertFalse(script.called().contains(LegacyExport.class));
      assertEquals("@Disabled: replaced by CheckQuota", skipped(recorder).get(LegacyScreen.class));
      assertEquals("@Disabled: moved to the data lake", skipped(recorder).get(LegacyExport.class));
      WiringDescription description = ((HookWiring) hooks).describe();
      HookInfo legacy = hookInfo(description, BEFORE, LegacyScreen.class);
      assertFalse(legacy.enabled());
      assertEquals(Optional.of("@Disabled: replaced by CheckQuota"), legacy.disabled());
      assertFalse(hookInfo(description, AFTER, LegacyExport.class).enabled());
      assertTrue(hookInfo(description, BEFORE, TagBilling.class).enabled());
    }

    @Test
    void theRuntimeSwitchesAHookOffAtStartupSoItIsNotEvenConstructed() {
      int tagBillings = Script.constructions(TagBilling.class);
      int stampOwners = Script.constructions(StampOwner.class);
      HookRuntime switchedOff = track(HookRuntime.builder()
          .listener(recorder)
          .disable(BEFORE, TagBilling.class)
          .build());

      HookWiring wiring = new HookWiring(switchedOff);
      Job merged = wiring.beforeJobSubmit(job(1), ctx("billing"));

      assertEquals(tagBillings, Script.constructions(TagBilling.class), "not constructed");
      assertEquals(stampOwners + 1, Script.constructions(StampOwner.class), "the others are");
      assertFalse(script.called().contains(TagBilling.class));
      assertEquals(">StampOwner>BeforeJobSubmit>CheckQuota", merged.trail());
      assertEquals("disabled at startup", skipped(recorder).get(TagBilling.class));
      HookInfo info = hookInfo(wiring.describe(), BEFORE, TagBilling.class);
      assertFalse(info.enabled());
      assertEquals(Optional.of("disabled at startup"), info.disabled());
      assertTrue(hookInfo(wiring.describe(), BEFORE, StampOwner.class).enabled());
      assertTrue(
          hookInfo(((HookWiring) hooks).describe(), BEFORE, TagBilling.class).enabled(),
          "only that runtime's wiring");
    }

    @Test
    void switchingOffAnAsyncHookAndATimedOne() {
      HookRuntime switchedOff = track(HookRuntime.builder()
          .listener(recorder)
          .disable(AFTER, NotifyOwner.class)
          .disable(AFTER, AuditJob.class)
          .build());

      new HookWiring(switchedOff).afterJobSubmit(job(1), ctx("billing"));
      switchedOff.close();

      assertEquals(
          List.of(AfterJobSubmit.class, IndexJob.class, ArchiveJob.class, CountJob.class),
          script.called());
      assertEquals("disabled at startup", skipped(recorder).get(NotifyOwner.class));
      assertEquals("disabled at startup", skipped(recorder).get(AuditJob.class));
    }

    @Test
    void switchingOffUnderAnotherEventFailsNamingTheEventTheHookServes() {
      int tagBillings = Script.constructions(TagBilling.class);
      HookRuntime other = track(HookRuntime.builder()
          .listener(recorder)
          .disable(AFTER, TagBilling.class)
          .build());

      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> new HookWiring(other));

      assertEquals(
          "HookRuntime.Builder.disable(\"after-job-submit\", TagBilling.class) names no hook of the wiring"
              + " of dev.hookwire.it.policies: did you mean disable(\"before-job-submit\", TagBilling.class)?",
          e.getMessage());
      assertEquals(tagBillings, Script.constructions(TagBilling.class), "nothing is created");
    }
  }

  // ====================================================================== async

  @Nested
  class Async {
    @Test
    void anAsyncHookRunsOnAnotherThreadAndTheCallerDoesNotWaitForIt() {
      script.on(NotifyOwner.class, Act.BLOCK);
      Thread caller = Thread.currentThread();

      assertTimeoutPreemptively(
          Duration.ofSeconds(5), () -> hooks.afterJobSubmit(job(1), ctx("billing")));

      assertTrue(await(() -> script.entered(NotifyOwner.class) == 1));
      assertEquals(
          0, script.finished(NotifyOwner.class), "still blocked after the dispatcher returned");
      assertEquals(1, script.entered(CountJob.class), "the hooks after it ran without waiting");
      assertNotSame(caller, script.threadOf(NotifyOwner.class));
      assertTrue(recorder.entries(Outcome.SUCCEEDED).stream()
          .noneMatch(e -> e.hook() == NotifyOwner.class));

      script.release();
      assertTrue(await(() -> recorder.entries(Outcome.SUCCEEDED).stream()
          .anyMatch(e -> e.hook() == NotifyOwner.class)));
      Entry done = single(recorder, Outcome.SUCCEEDED, NotifyOwner.class);
      assertEquals(AFTER, done.event());
      assertNotNull(done.duration());
      assertEquals(
          1, recorder.ran().stream().filter(h -> h == NotifyOwner.class).count());
    }

    @Test
    void anAsyncHooksFailureIsReported() {
      script.on(NotifyOwner.class, Act.THROW);

      hooks.afterJobSubmit(job(1), ctx("billing"));

      assertTrue(await(() -> !recorder.failures().isEmpty()));
      HookFailure failure = recorder.failures().get(0);
      assertEquals(NotifyOwner.class, failure.hook());
      assertEquals(Consequence.ISOLATED, failure.consequence());
      assertSame(script.thrown().iterator().next(), failure.exception().orElseThrow());
      assertEquals(1, recorder.failures().size());
    }

    @Test
    void anAsyncHookWithATimeoutIsInterruptedAndReportedAsATimeout() {
      script.on(PublishMetrics.class, Act.SLEEP);

      hooks.afterJobFinish(job(1), ctx(""));

      assertTrue(await(() -> !recorder.entries(Outcome.TIMED_OUT).isEmpty()));
      Entry timedOut = single(recorder, Outcome.TIMED_OUT, PublishMetrics.class);
      assertEquals("did not finish within 200 ms and was interrupted", timedOut.reason());
      assertEquals(Consequence.ISOLATED, timedOut.failure().consequence());
      assertTrue(await(() -> script.interrupted(PublishMetrics.class) == 1));
    }

    @Test
    void closeWaitsForTheAsyncHooksStillRunning() {
      script.sleepMillis(300).on(NotifyOwner.class, Act.SLEEP);
      hooks.afterJobSubmit(job(1), ctx("billing"));
      hooks.afterJobSubmit(job(2), ctx("billing"));
      assertTrue(await(() -> script.entered(NotifyOwner.class) == 2));

      runtime.close();

      assertEquals(
          2, script.returned(NotifyOwner.class), "close returned only once both had finished");
      assertEquals(
          2,
          recorder.entries(Outcome.SUCCEEDED).stream()
              .filter(e -> e.hook() == NotifyOwner.class)
              .count());
      assertEquals(List.of(), recorder.failures(), "nothing abandoned");
    }

    @Test
    void closeAbandonsAndReportsEachAsyncHookStillRunningAfterItsTimeout() {
      HookRuntime closing = track(HookRuntime.builder()
          .listener(recorder)
          .closeTimeout(Duration.ofMillis(200))
          .build());
      JobHooks closingHooks = new HookWiring(closing);
      script.on(NotifyOwner.class, Act.HANG);
      closingHooks.afterJobSubmit(job(1), ctx(""));
      closingHooks.afterJobSubmit(job(2), ctx(""));
      assertTrue(await(() -> script.entered(NotifyOwner.class) == 2));

      long start = System.nanoTime();
      closing.close();
      long took = millisSince(start);

      assertTrue(
          took >= 150 && took < 200 + SLACK,
          "close took " + took + " ms with a 200 ms close timeout");
      List<HookFailure> abandoned = recorder.failures();
      assertEquals(2, abandoned.size(), recorder::toString);
      for (HookFailure failure : abandoned) {
        assertEquals(NotifyOwner.class, failure.hook());
        assertEquals(AFTER, failure.event());
        assertEquals(Consequence.ABANDONED, failure.consequence());
        assertEquals("was still running after 200 ms", failure.reason());
        assertFalse(failure.isTimeout());
      }
      assertTrue(
          await(() -> script.ignoredInterrupts(NotifyOwner.class) >= 2),
          "each abandoned hook was interrupted");
    }

    @ParameterizedTest
    @EnumSource(
        value = Act.class,
        names = {"HANG", "BLOCK"})
    void anAbandonedAsyncHookIsReportedExactlyOnceEvenWhenItEndsLater(Act act) {
      HookRuntime closing = track(HookRuntime.builder()
          .listener(recorder)
          .closeTimeout(Duration.ofMillis(100))
          .build());
      script.on(NotifyOwner.class, act);
      new HookWiring(closing).afterJobSubmit(job(1), ctx(""));
      assertTrue(await(() -> script.entered(NotifyOwner.class) == 1));

      closing.close();
      script.release();

      assertTrue(await(() -> script.finished(NotifyOwner.class) == 1), "the hook ended");
      java.util.function.Supplier<List<Entry>> outcomes =
          () -> entriesOf(recorder, NotifyOwner.class).stream()
              .filter(e -> e.outcome() != Outcome.STARTED)
              .toList();
      Script.eventually(
          () -> outcomes.get().size() > 1,
          Duration.ofMillis(500)); // give a second report time to show
      assertEquals(
          List.of("FAILED ABANDONED"),
          outcomes.get().stream()
              .map(e ->
                  e.outcome() + (e.failure() == null ? "" : " " + e.failure().consequence()))
              .toList(),
          recorder::toString);
    }

    @Test
    void anAsyncHookWithATimeLimitRunsWithMaxInFlightOne() {
      HookRuntime single =
          track(HookRuntime.builder().listener(recorder).maxInFlight(1).build());

      new HookWiring(single).afterJobFinish(job(1), ctx(""));
      single.close();

      assertEquals(1, script.entered(PublishMetrics.class), recorder::toString);
      single(recorder, Outcome.SUCCEEDED, PublishMetrics.class);
    }

    @Test
    void afterCloseEveryDispatcherRefusesAndNoHookRunsInlineTimedOrAsync() {
      runtime.close();

      assertThrows(IllegalStateException.class, () -> hooks.afterJobSubmit(job(1), ctx("billing")));
      assertThrows(IllegalStateException.class, () -> hooks.afterJobFinish(job(1), ctx("")));
      assertThrows(IllegalStateException.class, () -> hooks.beforeJobSubmit(job(1), ctx("")));

      assertEquals(List.of(), script.called(), "the same for every kind of hook: none runs");
      assertEquals(List.of(), recorder.entries());
    }
  }

  // ====================================================================== listener

  @Nested
  class Listener {
    @Test
    void aTracingListenerSeesEachStartAndSuccessWithTheReturnedPatchOrValue() {
      hooks.beforeJobSubmit(job(1), ctx("ops"));
      hooks.transformJobView(job(1), ctx(""));

      Entry stamp = single(recorder, Outcome.SUCCEEDED, StampOwner.class);
      JobPatch patch = assertInstanceOf(JobPatch.class, stamp.result());
      assertEquals("JobPatch{trail=>StampOwner}", patch.toString());
      assertFalse(stamp.duration().isNegative());
      Entry view = single(recorder, Outcome.SUCCEEDED, TransformJobView.class);
      assertEquals("REBUILD INDEX", ((Job) view.result()).title());
      // Each hook: a start, then its outcome, in run order.
      List<Entry> before =
          recorder.entries().stream().filter(e -> e.event().equals(BEFORE)).toList();
      assertEquals(
          List.of(
              "STARTED StampOwner",
              "SUCCEEDED StampOwner",
              "STARTED BeforeJobSubmit",
              "SUCCEEDED BeforeJobSubmit",
              "STARTED CheckQuota",
              "SUCCEEDED CheckQuota",
              "SKIPPED LegacyScreen",
              "SKIPPED TagBilling"),
          before.stream().map(e -> e.outcome() + " " + e.hook().getSimpleName()).toList());
      for (Entry e : recorder.entries()) {
        if (e.outcome() == Outcome.STARTED || e.outcome() == Outcome.SKIPPED) {
          assertNull(e.duration(), e::toString);
        } else {
          assertNotNull(e.duration(), e::toString);
        }
      }
    }

    @Test
    void aTracingListenerSeesFailuresTimeoutsAndSkipsWithReasonsAndDurations() {
      script.on(ArchiveJob.class, Act.THROW).on(AuditJob.class, Act.SLEEP);

      hooks.afterJobSubmit(job(1), ctx("ops"));

      Entry failed = single(recorder, Outcome.FAILED, ArchiveJob.class);
      assertEquals(
          "threw " + ScriptedFailure.class.getName() + ": ArchiveJob failed (#1)", failed.reason());
      assertEquals(Consequence.ISOLATED, failed.failure().consequence());
      assertFalse(failed.duration().isNegative(), "a tracing listener gets a failure's duration");
      Entry timedOut = single(recorder, Outcome.TIMED_OUT, AuditJob.class);
      assertEquals(Duration.ofMillis(150), timedOut.duration());
      assertEquals(
          "tag 'ops' is not one of [billing]",
          single(recorder, Outcome.SKIPPED, IndexJob.class).reason());
      assertEquals(
          "@Disabled: moved to the data lake",
          single(recorder, Outcome.SKIPPED, LegacyExport.class).reason());
      assertTrue(
          entriesOf(recorder, IndexJob.class).stream()
              .noneMatch(e -> e.outcome() == Outcome.STARTED),
          "a skipped hook is not started");
      assertEquals(
          List.of(Outcome.STARTED, Outcome.FAILED),
          entriesOf(recorder, ArchiveJob.class).stream().map(Entry::outcome).toList());
    }

    @Test
    void theDefaultNonTracingListenerIsNotAskedForStartsSuccessesOrSkips() {
      List<String> heard = new CopyOnWriteArrayList<>();
      HookListener failuresOnly = new HookListener() {
        @Override
        public void hookFailed(HookFailure failure) {
          heard.add(
              "failed " + failure.hook().getSimpleName() + " " + failure.took().orElse(null));
        }

        @Override
        public void hookStarted(String event, Class<?> hook) {
          heard.add("started " + hook.getSimpleName());
        }

        @Override
        public void hookSucceeded(String event, Class<?> hook, Object result, Duration duration) {
          heard.add("succeeded " + hook.getSimpleName());
        }

        @Override
        public void hookSkipped(String event, Class<?> hook, String reason) {
          heard.add("skipped " + hook.getSimpleName());
        }
      };
      HookRuntime quiet = track(HookRuntime.builder().listener(failuresOnly).build());
      JobHooks quietHooks = new HookWiring(quiet);
      script.on(CountJob.class, Act.THROW);

      quietHooks.beforeJobSubmit(job(9), ctx("ops"));
      quietHooks.afterJobSubmit(job(1), ctx("ops"));
      quiet.close();

      assertEquals(List.of("failed CountJob null"), heard, "only the failure, without a duration");
      assertFalse(HookListener.logging().traces(), "the default listener does not trace either");
      assertEquals(
          0,
          quiet
              .dispatchFor("dev.hookwire.it.policies")
              .started(HookSite.of(BEFORE, StampOwner.class)),
          "no clock read when nobody traces");
    }
  }

  // ====================================================================== test kit

  @Nested
  class TestKit {
    final HookTestKit<HookWiring> kit = HookTestKit.of(HookWiring::new);

    @Test
    void dryRunTracesWhatRanWhatWasSkippedAndWhyWhatEachReturnedAndTheResult() {
      Job input = job(1);

      HookTrace<Job> trace = kit.dryRun(h -> h.beforeJobSubmit(input, ctx("ops")));

      assertEquals(List.of(StampOwner.class, BeforeJobSubmit.class, CheckQuota.class), trace.ran());
      assertEquals(
          Map.of(
              LegacyScreen.class,
              "@Disabled: replaced by CheckQuota",
              TagBilling.class,
              "tag 'ops' is not one of [billing, invoices]",
              BeforeUrgentJobSubmit.class,
              "filter UrgentJobFilter does not hold",
              PageOnCall.class,
              "filter UrgentJobFilter does not hold"),
          trace.skipped());
      assertEquals(
          "JobPatch{trail=>StampOwner>BeforeJobSubmit}",
          trace.returned(BeforeJobSubmit.class).orElseThrow().toString());
      assertEquals(Optional.empty(), trace.returned(TagBilling.class));
      assertEquals(
          ">StampOwner>BeforeJobSubmit>CheckQuota", trace.result().orElseThrow().trail());
      assertEquals(Optional.empty(), trace.exception());
      assertEquals(List.of(), trace.failures());
      assertTrue(
          trace.toString().endsWith("returned " + trace.result().orElseThrow() + "\n"),
          trace::toString);
    }

    @Test
    void dryRunKeepsWhatTheDispatcherThrew() {
      script.on(CheckQuota.class, Act.THROW);

      HookTrace<Job> trace = kit.dryRun(h -> h.beforeJobSubmit(job(1), ctx("billing")));

      HookAbortedException e =
          assertInstanceOf(HookAbortedException.class, trace.exception().orElseThrow());
      assertEquals(CheckQuota.class, e.hook());
      assertEquals(Optional.empty(), trace.result());
      assertEquals(1, trace.failures().size());
      assertEquals(Consequence.ABORTED, trace.failures().get(0).consequence());
      assertTrue(trace.toString().contains("threw " + e), trace::toString);
    }

    @Test
    void dryRunVoidTracesAnAfterEventAndWaitsForItsAsyncHooks() {
      script.sleepMillis(100).on(NotifyOwner.class, Act.SLEEP).on(AuditJob.class, Act.THROW);

      HookTrace<Void> trace = kit.dryRunVoid(h -> h.afterJobSubmit(job(1), ctx("billing")));

      assertTrue(trace.ran().contains(NotifyOwner.class), trace::toString);
      assertTrue(
          trace.entries().stream()
              .anyMatch(e -> e.hook() == NotifyOwner.class && e.outcome() == Outcome.SUCCEEDED),
          "the kit waited for the async hook:\n" + trace);
      assertEquals(
          List.of(AuditJob.class),
          trace.failures().stream().<Class<?>>map(HookFailure::hook).toList());
      assertEquals(Optional.empty(), trace.result());
      assertEquals(Optional.empty(), trace.exception(), "an after-hook failure is isolated");
    }

    @Test
    void runOnlyRunsOneHookAloneAndConstructsNoOther() {
      int stampOwners = Script.constructions(StampOwner.class);

      HookTrace<Job> trace =
          kit.runOnly(CheckQuota.class, h -> h.beforeJobSubmit(job(9), ctx("billing")));

      assertEquals(List.of(CheckQuota.class), trace.ran());
      assertEquals(List.of(CheckQuota.class), script.called());
      assertEquals(stampOwners, Script.constructions(StampOwner.class));
      assertEquals("not selected for this run", trace.skipped().get(StampOwner.class));
      assertEquals("not selected for this run", trace.skipped().get(PageOnCall.class));
      assertTrue(trace.returned(CheckQuota.class).orElseThrow() instanceof JobPatch);
      assertEquals(">CheckQuota", trace.result().orElseThrow().trail());
    }

    @Test
    void runOnlyReportsTheHooksFailureAndATransformsKeptInput() {
      script.on(RedactJob.class, Act.THROW);
      Job input = job(1);

      HookTrace<Job> trace = kit.runOnly(RedactJob.class, h -> h.transformJobView(input, ctx("")));

      assertEquals(List.of(RedactJob.class), trace.ran());
      assertSame(input, trace.result().orElseThrow());
      assertEquals(Consequence.INPUT_KEPT, trace.failures().get(0).consequence());
      assertInstanceOf(
          ScriptedFailure.class, trace.failures().get(0).exception().orElseThrow());
    }

    @Test
    void runOnlyVoidRunsOneAsyncHookAndWaitsForIt() {
      HookTrace<Void> trace =
          kit.runOnlyVoid(NotifyOwner.class, h -> h.afterJobSubmit(job(1), ctx("billing")));

      assertEquals(List.of(NotifyOwner.class), trace.ran());
      assertEquals(List.of(NotifyOwner.class), script.called());
      assertEquals(
          List.of(Outcome.STARTED, Outcome.SUCCEEDED),
          trace.entries().stream()
              .filter(e -> e.hook() == NotifyOwner.class)
              .map(Entry::outcome)
              .toList());
    }

    @Test
    void withConfiguresEachRunsRuntimeButTheKitKeepsItsRecorder() {
      RecordingListener ignored = new RecordingListener();
      HookTestKit<HookWiring> configured =
          kit.with(b -> b.disable(BEFORE, BeforeJobSubmit.class).listener(ignored));

      HookTrace<Job> trace = configured.dryRun(h -> h.beforeJobSubmit(job(1), ctx("billing")));

      assertEquals(List.of(StampOwner.class, CheckQuota.class, TagBilling.class), trace.ran());
      assertEquals("disabled at startup", trace.skipped().get(BeforeJobSubmit.class));
      assertEquals(List.of(), ignored.entries());
      assertEquals(
          List.of(StampOwner.class, BeforeJobSubmit.class, CheckQuota.class, TagBilling.class),
          kit.dryRun(h -> h.beforeJobSubmit(job(1), ctx("billing"))).ran(),
          "the original kit is unchanged");
    }
  }

  // ====================================================================== describe

  static EventInfo eventInfo(WiringDescription description, String event) {
    return description.events().stream()
        .filter(e -> e.name().equals(event))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no event " + event + " in " + description));
  }

  static HookInfo hookInfo(WiringDescription description, String event, Class<?> hook) {
    return eventInfo(description, event).hooks().stream()
        .filter(h -> h.type().equals(hook.getName()))
        .findFirst()
        .orElseThrow(() -> new AssertionError(
            "no hook " + hook.getName() + " under " + event + " in " + description));
  }

  @Nested
  class Describe {
    final WiringDescription description = ((HookWiring) hooks).describe();

    @Test
    void listsEventsAndHooksInRunOrderWithTheirPolicies() {
      assertEquals("dev.hookwire.it.policies", description.hooksPackage());
      assertEquals(
          List.of(BEFORE, URGENT, AFTER, FINISH, TRANSFORM),
          description.events().stream().map(EventInfo::name).toList());
      assertEquals(
          URGENT + "/before/" + BEFORE,
          eventInfo(description, URGENT).name() + "/"
              + eventInfo(description, URGENT).kind() + "/"
              + eventInfo(description, URGENT).virtualOf().orElseThrow());
      assertEquals(
          List.of(Kind.BEFORE, Kind.BEFORE, Kind.AFTER, Kind.AFTER, Kind.TRANSFORM),
          description.events().stream().map(EventInfo::kind).toList());
      assertEquals(
          List.of(
              new HookInfo(
                  StampOwner.class.getName(),
                  -1,
                  Optional.empty(),
                  List.of(),
                  false,
                  Optional.empty()),
              new HookInfo(
                  BeforeJobSubmit.class.getName(),
                  0,
                  Optional.empty(),
                  List.of(),
                  false,
                  Optional.empty()),
              new HookInfo(
                  CheckQuota.class.getName(),
                  0,
                  Optional.of(Duration.ofMillis(200)),
                  List.of(),
                  false,
                  Optional.empty()),
              new HookInfo(
                  LegacyScreen.class.getName(),
                  5,
                  Optional.empty(),
                  List.of(),
                  false,
                  Optional.of("@Disabled: replaced by CheckQuota")),
              new HookInfo(
                  TagBilling.class.getName(),
                  10,
                  Optional.empty(),
                  List.of("billing", "invoices"),
                  false,
                  Optional.empty())),
          eventInfo(description, BEFORE).hooks());
      assertEquals(
          List.of(
              new HookInfo(
                  AfterJobSubmit.class.getName(),
                  0,
                  Optional.empty(),
                  List.of(),
                  false,
                  Optional.empty()),
              new HookInfo(
                  IndexJob.class.getName(),
                  1,
                  Optional.empty(),
                  List.of("billing"),
                  false,
                  Optional.empty()),
              new HookInfo(
                  NotifyOwner.class.getName(),
                  2,
                  Optional.empty(),
                  List.of(),
                  true,
                  Optional.empty()),
              new HookInfo(
                  ArchiveJob.class.getName(),
                  3,
                  Optional.empty(),
                  List.of(),
                  false,
                  Optional.empty()),
              new HookInfo(
                  AuditJob.class.getName(),
                  3,
                  Optional.of(Duration.ofMillis(150)),
                  List.of(),
                  false,
                  Optional.empty()),
              new HookInfo(
                  LegacyExport.class.getName(),
                  4,
                  Optional.empty(),
                  List.of(),
                  false,
                  Optional.of("@Disabled: moved to the data lake")),
              new HookInfo(
                  CountJob.class.getName(),
                  9,
                  Optional.empty(),
                  List.of(),
                  false,
                  Optional.empty())),
          eventInfo(description, AFTER).hooks());
      assertEquals(
          List.of(
              new HookInfo(
                  AfterJobFinish.class.getName(),
                  0,
                  Optional.of(Duration.ofMillis(200)),
                  List.of(),
                  false,
                  Optional.empty()),
              new HookInfo(
                  ReleaseWorker.class.getName(),
                  1,
                  Optional.of(Duration.ofMillis(1000)),
                  List.of(),
                  false,
                  Optional.empty()),
              new HookInfo(
                  PublishMetrics.class.getName(),
                  2,
                  Optional.of(Duration.ofMillis(200)),
                  List.of(),
                  true,
                  Optional.empty())),
          eventInfo(description, FINISH).hooks());
      assertEquals(
          List.of(TransformJobView.class.getName(), RedactJob.class.getName()),
          eventInfo(description, TRANSFORM).hooks().stream().map(HookInfo::type).toList());
    }

    @Test
    void readsAsAListing() {
      String listing = description.toString();

      assertTrue(
          listing.startsWith(
              "HookWiring of dev.hookwire.it.policies\nbefore-job-submit (before)\n"),
          listing);
      assertTrue(
          listing.contains("before-urgent-job-submit (before, virtual of before-job-submit)\n"),
          listing);
      assertTrue(listing.contains("  dev.hookwire.it.policies.StampOwner, order -1\n"), listing);
      assertTrue(
          listing.contains("  dev.hookwire.it.policies.CheckQuota, timeout 200 ms\n"), listing);
      assertTrue(
          listing.contains(
              "  dev.hookwire.it.policies.LegacyScreen, order 5, disabled: @Disabled: replaced by CheckQuota\n"),
          listing);
      assertTrue(
          listing.contains(
              "  dev.hookwire.it.policies.TagBilling, order 10, tags [billing, invoices]\n"),
          listing);
      assertTrue(
          listing.contains("  dev.hookwire.it.policies.NotifyOwner, order 2, async\n"), listing);
      assertTrue(
          listing.contains(
              "  dev.hookwire.it.policies.PublishMetrics, order 2, timeout 200 ms, async\n"),
          listing);
    }

    @Test
    void theProcessorsJsonResourceListsTheSameHooks() throws IOException {
      Map<?, ?> json;
      try (InputStream in = PoliciesTest.class
          .getClassLoader()
          .getResourceAsStream("META-INF/hookwire/dev.hookwire.it.policies.json")) {
        assertNotNull(
            in, "META-INF/hookwire/dev.hookwire.it.policies.json is on the test class path");
        json = (Map<?, ?>) Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }

      assertEquals("dev.hookwire.it.policies", json.get("hooksPackage"));
      assertEquals(List.of(JobHooks.class.getName()), json.get("catalogs"));
      List<?> events = (List<?>) json.get("events");
      assertEquals(description.events().size(), events.size());
      for (int i = 0; i < events.size(); i++) {
        Map<?, ?> event = (Map<?, ?>) events.get(i);
        EventInfo info = description.events().get(i);
        assertEquals(info.name(), event.get("name"));
        assertEquals(info.kind().toString(), event.get("kind"));
        assertEquals(info.virtualOf().orElse(null), event.get("virtualOf"));
        assertEquals(
            !info.name().equals(FINISH) && !info.name().equals(TRANSFORM),
            event.get("tagged"),
            info.name());
        List<?> hooksOfEvent = (List<?>) event.get("hooks");
        assertEquals(info.hooks().size(), hooksOfEvent.size(), info.name());
        for (int h = 0; h < hooksOfEvent.size(); h++) {
          Map<?, ?> hook = (Map<?, ?>) hooksOfEvent.get(h);
          HookInfo expected = info.hooks().get(h);
          assertEquals(expected.type(), hook.get("type"));
          assertEquals((long) expected.order(), hook.get("order"));
          assertEquals(
              expected.timeout().map(Duration::toMillis).orElse(null),
              hook.get("timeoutMillis"),
              expected.type());
          assertEquals(expected.tags(), hook.get("tags"));
          assertEquals(expected.async(), hook.get("async"));
          // The same words: "@Disabled: <reason>", null where describe() is empty.
          assertEquals(expected.disabled().orElse(null), hook.get("disabled"));
          assertEquals(expected.dependencies(), hook.get("dependencies"), expected.type());
        }
      }
    }
  }
}
