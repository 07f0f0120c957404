package dev.hookwire.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import dev.hookwire.it.support.Script;
import dev.hookwire.it.support.Script.Act;
import dev.hookwire.runtime.HookAbortedException;
import dev.hookwire.runtime.HookContext;
import dev.hookwire.runtime.HookFailure;
import dev.hookwire.runtime.HookFailure.Consequence;
import dev.hookwire.runtime.HookListener;
import dev.hookwire.runtime.HookRuntime;
import dev.hookwire.runtime.RecordingListener.Outcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issue 3's stress test: 8 threads fire a mix of events through the generated wiring at hooks that
 * succeed, throw, stop the chain, sleep past their time limit, hang ignoring interruption and run
 * async, on one shared runtime with a bounded {@code maxInFlight}. Then it proves that
 *
 * <ul>
 *   <li>every hook invocation is accounted for exactly once: each dispatch's reports (attributed to
 *       it by thread) are exactly what the event's contract says for what the dispatch's hooks were
 *       told to do and what the dispatcher returned or threw: succeeded, failed, timed out, rejected
 *       (not started), skipped with its reason; the async hooks' reports add up to one per dispatch;
 *   <li>what the hooks themselves recorded (each body run, per dispatch) matches the reported starts;
 *   <li>nothing deadlocks (the whole test runs under a preemptive timeout, every join is bounded);
 *   <li>after {@code close()} nothing was abandoned, no new non-daemon thread is left, and (JDK 17)
 *       every {@code hookwire-N} thread the test caused ends.
 * </ul>
 */
class PoliciesStressTest {
  static final int THREADS = 8;
  static final int DISPATCHES_PER_THREAD = 250;
  static final int MAX_IN_FLIGHT = 36;
  static final long HANG_MILLIS = 400;

  static final List<Class<?>> BEFORE_HOOKS = List.of(
      StampOwner.class,
      BeforeJobSubmit.class,
      CheckQuota.class,
      LegacyScreen.class,
      TagBilling.class);
  static final List<Class<?>> URGENT_HOOKS = List.of(BeforeUrgentJobSubmit.class, PageOnCall.class);
  static final List<Class<?>> AFTER_HOOKS = List.of(
      AfterJobSubmit.class,
      IndexJob.class,
      NotifyOwner.class,
      ArchiveJob.class,
      AuditJob.class,
      LegacyExport.class,
      CountJob.class);
  static final List<Class<?>> FINISH_HOOKS =
      List.of(AfterJobFinish.class, ReleaseWorker.class, PublishMetrics.class);
  static final List<Class<?>> TRANSFORM_HOOKS = List.of(TransformJobView.class, RedactJob.class);
  static final Set<Class<?>> TIMED = Set.of(
      CheckQuota.class,
      AuditJob.class,
      AfterJobFinish.class,
      ReleaseWorker.class,
      TransformJobView.class);
  static final Set<Class<?>> ASYNC = Set.of(NotifyOwner.class, PublishMetrics.class);
  static final Set<String> BILLING_TAGS = Set.of("billing", "invoices");
  static final List<String> TAGS = List.of("billing", "invoices", "ops", "");
  static final String NOT_STARTED = "was not started: ";
  static final String RAN_ALL = "#ran-all";
  static final String ABORTED = "#aborted";

  enum Event {
    BEFORE,
    AFTER,
    FINISH,
    TRANSFORM
  }

  /** One dispatch: what it fired, what its hooks were told, what the dispatcher returned or threw. */
  static final class Dispatch {
    final String id;
    final Event event;
    final String tag;
    final int priority;
    final Map<Class<?>, Act> plan;
    volatile Object result;
    volatile HookAbortedException aborted;

    Dispatch(String id, Event event, String tag, int priority, Map<Class<?>, Act> plan) {
      this.id = id;
      this.event = event;
      this.tag = tag;
      this.priority = priority;
      this.plan = plan;
    }

    Act act(Class<?> hook) {
      return plan.getOrDefault(hook, Act.SUCCEED);
    }

    @Override
    public String toString() {
      return id + " " + event + " tag='" + tag + "' priority=" + priority + " plan=" + plan
          + (aborted != null ? " aborted by " + aborted.hook() : " returned " + result);
    }
  }

  /** One report, attributed to the dispatch whose thread made it (null: a hook's own thread, or close()). */
  record Report(
      String dispatch,
      Outcome outcome,
      String event,
      Class<?> hook,
      HookFailure failure,
      String reason,
      Object result) {
    boolean terminal() {
      return outcome != Outcome.STARTED;
    }

    boolean notStarted() {
      return failure != null && failure.reason().startsWith(NOT_STARTED);
    }

    @Override
    public String toString() {
      return outcome + " " + hook.getSimpleName() + (reason.isEmpty() ? "" : ": " + reason);
    }
  }

  /** A tracing listener that tags each report with the dispatch running on the reporting thread. */
  static final class Tracker implements HookListener {
    static final ThreadLocal<String> DISPATCH = new ThreadLocal<>();
    final Queue<Report> reports = new ConcurrentLinkedQueue<>();

    @Override
    public boolean traces() {
      return true;
    }

    @Override
    public void hookStarted(String event, Class<?> hook) {
      reports.add(new Report(DISPATCH.get(), Outcome.STARTED, event, hook, null, "", null));
    }

    @Override
    public void hookSucceeded(String event, Class<?> hook, Object result, Duration duration) {
      reports.add(new Report(DISPATCH.get(), Outcome.SUCCEEDED, event, hook, null, "", result));
    }

    @Override
    public void hookFailed(HookFailure failure) {
      Outcome outcome = failure.isTimeout() ? Outcome.TIMED_OUT : Outcome.FAILED;
      reports.add(new Report(
          DISPATCH.get(),
          outcome,
          failure.event(),
          failure.hook(),
          failure,
          failure.reason(),
          null));
    }

    @Override
    public void hookSkipped(String event, Class<?> hook, String reason) {
      reports.add(new Report(DISPATCH.get(), Outcome.SKIPPED, event, hook, null, reason, null));
    }
  }

  @Test
  void everyInvocationIsAccountedForExactlyOnceNothingDeadlocksAndNoThreadIsLeft() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(90), this::stress, "deadlock or runaway: the stress test did not end");
  }

  private void stress() throws InterruptedException {
    Set<Thread> before = Thread.getAllStackTraces().keySet();
    long start = System.nanoTime();
    Tracker tracker = new Tracker();
    Map<String, Dispatch> dispatches = new ConcurrentHashMap<>();
    Script script = new Script()
        .hangMillis(HANG_MILLIS)
        .sleepMillis(5_000)
        .plan((hook, input) -> dispatches.get(((Job) input).id()).act(hook));
    HookRuntime runtime = HookRuntime.builder()
        .listener(tracker)
        .maxInFlight(MAX_IN_FLIGHT)
        .closeTimeout(Duration.ofSeconds(10))
        .build();
    JobHooks hooks = new HookWiring(runtime);
    Queue<Throwable> unexpected = new ConcurrentLinkedQueue<>();

    List<Thread> firing = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      firing.add(new Thread(
          () -> {
            Random random = new Random(42L + thread);
            for (int i = 0; i < DISPATCHES_PER_THREAD; i++) {
              Dispatch d = plan(random, "t" + thread + "-" + i);
              dispatches.put(d.id, d);
              HookContext ctx =
                  HookContext.builder().service(Script.class, script).tag(d.tag).build();
              Job job = Job.of(d.id, d.priority);
              Tracker.DISPATCH.set(d.id);
              try {
                switch (d.event) {
                  case BEFORE -> d.result = hooks.beforeJobSubmit(job, ctx);
                  case AFTER -> hooks.afterJobSubmit(job, ctx);
                  case FINISH -> hooks.afterJobFinish(job, ctx);
                  case TRANSFORM -> d.result = hooks.transformJobView(job, ctx);
                }
              } catch (HookAbortedException e) {
                d.aborted = e;
                if (d.event != Event.BEFORE) {
                  unexpected.add(e);
                }
              } catch (Throwable e) {
                unexpected.add(e);
              } finally {
                Tracker.DISPATCH.remove();
              }
            }
          },
          "stress-fire-" + t));
    }
    firing.forEach(Thread::start);
    long joinDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    for (Thread thread : firing) {
      thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(joinDeadline - System.nanoTime())));
      assertFalse(thread.isAlive(), thread.getName() + " is stuck");
    }
    long fired = System.nanoTime();
    runtime.close();
    long closed = System.nanoTime();

    assertEquals(
        List.of(),
        List.copyOf(unexpected),
        "nothing but a before-event may throw, and only HookAbortedException");
    assertEquals(THREADS * DISPATCHES_PER_THREAD, dispatches.size());
    List<Report> reports = List.copyOf(tracker.reports);
    assertEquals(
        List.of(),
        reports.stream()
            .filter(r -> r.failure() != null && r.failure().consequence() == Consequence.ABANDONED)
            .toList(),
        "close() waited for every async hook");

    // ---- each dispatch's own reports are exactly what its event's contract says
    Map<String, List<Report>> byDispatch = reports.stream()
        .filter(r -> r.dispatch() != null)
        .collect(Collectors.groupingBy(Report::dispatch));
    Map<String, Map<Class<?>, Long>> bodies = script.calls().stream()
        .collect(Collectors.groupingBy(
            c -> ((Job) c.input()).id(),
            Collectors.groupingBy(Script.Call::hook, Collectors.counting())));
    List<String> mismatches = new ArrayList<>();
    for (Dispatch d : dispatches.values()) {
      List<Report> own = byDispatch.getOrDefault(d.id, List.of());
      List<Report> sync = own.stream().filter(r -> !ASYNC.contains(r.hook())).toList();
      String problem = check(d, sync);
      if (problem == null) {
        problem = checkAsyncRejections(d, own);
      }
      if (problem == null) {
        problem = checkBodies(d, sync, bodies.getOrDefault(d.id, Map.of()));
      }
      if (problem != null) {
        mismatches.add(
            d + "\n    reports " + own + "\n    bodies " + bodies.get(d.id) + "\n    " + problem);
      }
    }
    assertEquals(
        List.of(),
        mismatches.stream().limit(10).toList(),
        mismatches.size() + " dispatches not accounted for");

    // ---- the async hooks: one report per dispatch that reached them, and one body per start
    for (Class<?> hook : ASYNC) {
      Event event = hook == NotifyOwner.class ? Event.AFTER : Event.FINISH;
      long reached = dispatches.values().stream().filter(d -> d.event == event).count();
      List<Report> of = reports.stream().filter(r -> r.hook() == hook).toList();
      long terminal = of.stream().filter(Report::terminal).count();
      long started = of.stream().filter(r -> r.outcome() == Outcome.STARTED).count();
      long rejectedAtOnce = of.stream().filter(r -> r.dispatch() != null).count();
      long innerNotStarted =
          of.stream().filter(r -> r.dispatch() == null && r.notStarted()).count();
      assertEquals(reached, terminal, hook.getSimpleName() + ": one outcome per dispatch");
      assertEquals(
          reached,
          started + rejectedAtOnce,
          hook.getSimpleName() + ": started or rejected at once");
      assertEquals(
          started - innerNotStarted,
          script.entered(hook),
          hook.getSimpleName() + ": one body per start");
      assertTrue(
          bodies.values().stream().allMatch(b -> b.getOrDefault(hook, 0L) <= 1),
          hook.getSimpleName() + " ran twice for a dispatch");
    }
    // Every hook body the script saw belongs to a dispatch, and the totals agree with the starts.
    for (Class<?> hook : List.of(
        StampOwner.class,
        CheckQuota.class,
        AuditJob.class,
        TransformJobView.class,
        RedactJob.class)) {
      long started = reports.stream()
          .filter(r -> r.hook() == hook && r.outcome() == Outcome.STARTED)
          .count();
      long notStarted =
          reports.stream().filter(r -> r.hook() == hook && r.notStarted()).count();
      assertEquals(started - notStarted, script.entered(hook), hook.getSimpleName());
    }

    // ---- what the hooks recorded themselves agrees with what the listener heard
    assertTrue(
        Script.eventually(() -> script.active() == 0, Duration.ofSeconds(5)),
        "every hung hook ended");
    for (Class<?> hook : concat(
        concat(BEFORE_HOOKS, URGENT_HOOKS),
        concat(concat(AFTER_HOOKS, FINISH_HOOKS), TRANSFORM_HOOKS))) {
      List<Report> of = reports.stream()
          .filter(r -> r.hook() == hook && r.terminal() && !r.notStarted())
          .toList();
      long succeeded = of.stream().filter(r -> r.outcome() == Outcome.SUCCEEDED).count();
      long failed = of.stream().filter(r -> r.outcome() == Outcome.FAILED).count();
      long timedOut = of.stream().filter(r -> r.outcome() == Outcome.TIMED_OUT).count();
      String name = hook.getSimpleName();
      assertEquals(
          script.entered(hook),
          succeeded + failed + timedOut,
          name + ": each body that ran has one outcome");
      assertEquals(script.entered(hook), script.finished(hook), name + ": every body ended");
      if (TIMED.contains(hook) || hook == PublishMetrics.class) {
        assertTrue(succeeded <= script.returned(hook) && failed <= script.threw(hook), name);
        assertTrue(
            timedOut >= script.interrupted(hook), name + ": a body interrupted was timed out");
      } else {
        assertEquals(script.returned(hook), succeeded, name + ": returned = succeeded");
        assertEquals(script.threw(hook), failed, name + ": threw = failed");
        assertEquals(0, timedOut, name + " has no time limit");
      }
    }

    // ---- no thread is left behind
    Set<Thread> leftNonDaemon = Thread.getAllStackTraces().keySet().stream()
        .filter(t -> !before.contains(t) && t.isAlive() && !t.isDaemon())
        .collect(Collectors.toSet());
    assertEquals(Set.of(), leftNonDaemon, "non-daemon threads left after close()");
    if (Runtime.version().feature() < 21) {
      assertTrue(
          Script.eventually(
              () -> Thread.getAllStackTraces().keySet().stream()
                  .noneMatch(t -> !before.contains(t) && t.getName().startsWith("hookwire-")),
              Duration.ofSeconds(10)),
          "the runtime's threads end once the hung hooks do");
    }

    summarize(dispatches, reports, script, fired - start, closed - fired);
  }

  // ------------------------------------------------------------------ the plan

  private static Dispatch plan(Random random, String id) {
    Event event = Event.values()[random.nextInt(Event.values().length)];
    String tag = TAGS.get(random.nextInt(TAGS.size()));
    int priority = random.nextInt(3) == 0 ? 9 : 1 + random.nextInt(8);
    Map<Class<?>, Act> plan = new HashMap<>();
    List<Class<?>> hooks = switch (event) {
      case BEFORE -> concat(BEFORE_HOOKS, URGENT_HOOKS);
      case AFTER -> AFTER_HOOKS;
      case FINISH -> FINISH_HOOKS;
      case TRANSFORM -> TRANSFORM_HOOKS;
    };
    for (Class<?> hook : hooks) {
      int roll = random.nextInt(100);
      Act act;
      if (hook
          == ReleaseWorker.class) { // a 1 s limit: only succeeds or throws, to keep the run short
        act = roll < 8 ? Act.THROW : Act.SUCCEED;
      } else if (TIMED.contains(hook) || hook == PublishMetrics.class) {
        act = roll < 8
            ? Act.THROW
            : roll < 14
                ? Act.SLEEP
                : roll < 20
                    ? Act.HANG
                    : roll < 23 && hook == CheckQuota.class ? Act.STOP_CHAIN : Act.SUCCEED;
      } else if (hook == NotifyOwner.class) { // no time limit: a hang just runs long
        act = roll < 10 ? Act.THROW : roll < 20 ? Act.HANG : Act.SUCCEED;
      } else {
        act = roll < 7
            ? Act.THROW
            : roll < 10 && event == Event.BEFORE ? Act.STOP_CHAIN : Act.SUCCEED;
      }
      if (act != Act.SUCCEED) {
        plan.put(hook, act);
      }
    }
    return new Dispatch(id, event, tag, priority, plan);
  }

  private static List<Class<?>> concat(List<Class<?>> a, List<Class<?>> b) {
    List<Class<?>> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  // ------------------------------------------------------------------ the model

  /** What one hook of a dispatch should get: a skip with this reason, or a start and one of these outcomes. */
  record Expected(Class<?> hook, String skipReason, Set<Outcome> outcomes) {
    static Expected skip(Class<?> hook, String reason) {
      return new Expected(hook, reason, Set.of(Outcome.SKIPPED));
    }

    static Expected run(Class<?> hook, Set<Outcome> outcomes) {
      return new Expected(hook, null, outcomes);
    }
  }

  /** What a started hook may end as, given what it was told. A timed hook may always time out or be rejected. */
  private static Set<Outcome> outcomes(Class<?> hook, Act act) {
    boolean timed = TIMED.contains(hook);
    return switch (act) {
      case THROW -> timed ? Set.of(Outcome.FAILED, Outcome.TIMED_OUT) : Set.of(Outcome.FAILED);
      case SLEEP, HANG, BLOCK -> Set.of(Outcome.TIMED_OUT);
      case SUCCEED, STOP_CHAIN ->
        timed ? Set.of(Outcome.SUCCEEDED, Outcome.TIMED_OUT) : Set.of(Outcome.SUCCEEDED);
    };
  }

  /** Checks one dispatch's synchronous reports against the event's contract; null when they agree. */
  private static String check(Dispatch d, List<Report> sync) {
    List<Expected> expected = new ArrayList<>();
    String abortedBy = d.aborted == null ? null : d.aborted.hook().getName();
    switch (d.event) {
      case BEFORE -> {
        String base = walkBefore(d, BEFORE_HOOKS, expected, abortedBy);
        if (base.startsWith("!")) {
          return base.substring(1);
        }
        if (base.equals(RAN_ALL) && d.priority >= 9) {
          String urgent = walkBefore(d, URGENT_HOOKS, expected, abortedBy);
          if (urgent.startsWith("!")) {
            return urgent.substring(1);
          }
        } else if (base.equals(RAN_ALL)) {
          URGENT_HOOKS.forEach(
              h -> expected.add(Expected.skip(h, "filter UrgentJobFilter does not hold")));
        } else if (!base.equals(ABORTED)) {
          URGENT_HOOKS.forEach(h -> expected.add(Expected.skip(h, "chain stopped by " + base)));
        }
        if (abortedBy != null
            && expected.stream().noneMatch(e -> e.hook().getName().equals(abortedBy))) {
          return "aborted by a hook the model did not expect to run";
        }
      }
      case AFTER -> {
        for (Class<?> hook : AFTER_HOOKS) {
          if (hook == LegacyExport.class) {
            expected.add(Expected.skip(hook, "@Disabled: moved to the data lake"));
          } else if (hook == IndexJob.class && !d.tag.equals("billing")) {
            expected.add(Expected.skip(hook, "tag '" + d.tag + "' is not one of [billing]"));
          } else if (!ASYNC.contains(hook)) {
            expected.add(Expected.run(hook, outcomes(hook, d.act(hook))));
          }
        }
      }
      case FINISH -> {
        expected.add(Expected.run(
            AfterJobFinish.class, outcomes(AfterJobFinish.class, d.act(AfterJobFinish.class))));
        expected.add(Expected.run(
            ReleaseWorker.class, outcomes(ReleaseWorker.class, d.act(ReleaseWorker.class))));
      }
      case TRANSFORM -> {
        expected.add(Expected.run(
            TransformJobView.class,
            outcomes(TransformJobView.class, d.act(TransformJobView.class))));
        expected.add(
            Expected.run(RedactJob.class, outcomes(RedactJob.class, d.act(RedactJob.class))));
      }
    }
    // The reports must be, in order: per expected hook, a skip, or a start followed by one allowed
    // outcome.
    int at = 0;
    for (Expected e : expected) {
      if (e.skipReason() != null) {
        if (at >= sync.size()
            || !sync.get(at).hook().equals(e.hook())
            || sync.get(at).outcome() != Outcome.SKIPPED
            || !sync.get(at).reason().equals(e.skipReason())) {
          return "expected " + e.hook().getSimpleName() + " skipped: " + e.skipReason()
              + " at report " + at;
        }
        at++;
        continue;
      }
      if (at + 1 >= sync.size()
          || !sync.get(at).hook().equals(e.hook())
          || sync.get(at).outcome() != Outcome.STARTED
          || !sync.get(at + 1).hook().equals(e.hook())
          || !e.outcomes().contains(sync.get(at + 1).outcome())) {
        return "expected " + e.hook().getSimpleName() + " started then one of " + e.outcomes()
            + " at report " + at;
      }
      Report outcome = sync.get(at + 1);
      if (outcome.failure() != null) {
        Consequence consequence = switch (d.event) {
          case BEFORE -> Consequence.ABORTED;
          case AFTER, FINISH -> Consequence.ISOLATED;
          case TRANSFORM -> Consequence.INPUT_KEPT;
        };
        if (outcome.failure().consequence() != consequence) {
          return outcome + " has consequence " + outcome.failure().consequence() + ", not "
              + consequence;
        }
      }
      at += 2;
    }
    if (at != sync.size()) {
      return "unexpected reports from " + sync.subList(at, sync.size());
    }
    return checkResult(d, sync);
  }

  /**
   * Adds a before-event's hooks to {@code expected} as the generated wiring runs them.
   *
   * @return {@link #RAN_ALL}; {@link #ABORTED}; the simple name of the hook that stopped the chain;
   *     or "!" and a problem
   */
  private static String walkBefore(
      Dispatch d, List<Class<?>> hooks, List<Expected> expected, String abortedBy) {
    for (Class<?> hook : hooks) {
      if (hook == LegacyScreen.class) {
        expected.add(Expected.skip(hook, "@Disabled: replaced by CheckQuota"));
        continue;
      }
      if (hook == TagBilling.class && !BILLING_TAGS.contains(d.tag)) {
        expected.add(Expected.skip(hook, "tag '" + d.tag + "' is not one of [billing, invoices]"));
        continue;
      }
      Act act = d.act(hook);
      if (hook.getName().equals(abortedBy)) {
        Set<Outcome> allowed = new java.util.HashSet<>(outcomes(hook, act));
        allowed.remove(Outcome.SUCCEEDED);
        if (allowed.isEmpty()) {
          return "!" + hook.getSimpleName() + " was told to " + act + " but aborted the operation";
        }
        expected.add(Expected.run(hook, allowed));
        // Every later hook of the chain, the virtual event's included, is reported skipped: a
        // @Disabled one with its own reason.
        String reason = "the operation was aborted by " + hook.getSimpleName();
        List<Class<?>> rest = new ArrayList<>(hooks.subList(hooks.indexOf(hook) + 1, hooks.size()));
        if (hooks == BEFORE_HOOKS) {
          rest.addAll(URGENT_HOOKS);
        }
        rest.forEach(h -> expected.add(Expected.skip(
            h, h == LegacyScreen.class ? "@Disabled: replaced by CheckQuota" : reason)));
        return ABORTED;
      }
      if (act == Act.THROW || act == Act.SLEEP || act == Act.HANG) {
        return "!" + hook.getSimpleName() + " was told to " + act
            + " but did not abort the operation";
      }
      expected.add(Expected.run(hook, Set.of(Outcome.SUCCEEDED)));
      if (act == Act.STOP_CHAIN) {
        // Every later hook is reported: a @Disabled one with its own reason.
        hooks
            .subList(hooks.indexOf(hook) + 1, hooks.size())
            .forEach(h -> expected.add(
                h == LegacyScreen.class
                    ? Expected.skip(h, "@Disabled: replaced by CheckQuota")
                    : Expected.skip(h, "chain stopped by " + hook.getSimpleName())));
        return hook.getSimpleName();
      }
    }
    return RAN_ALL;
  }

  /** The dispatcher's result agrees with the hooks that succeeded. */
  private static String checkResult(Dispatch d, List<Report> sync) {
    String succeeded = sync.stream()
        .filter(r -> r.outcome() == Outcome.SUCCEEDED)
        .map(r -> ">" + r.hook().getSimpleName())
        .collect(Collectors.joining());
    if (d.event == Event.BEFORE
        && d.aborted == null
        && !((Job) d.result).trail().equals(succeeded)) {
      return "merged trail " + ((Job) d.result).trail() + ", but the hooks that succeeded were "
          + succeeded;
    }
    // After the abort's failure come only the skip reports of the rest of the chain.
    List<Report> beforeSkips = new ArrayList<>(sync);
    while (!beforeSkips.isEmpty()
        && beforeSkips.get(beforeSkips.size() - 1).outcome() == Outcome.SKIPPED) {
      beforeSkips.remove(beforeSkips.size() - 1);
    }
    if (d.event == Event.BEFORE
        && d.aborted != null
        && (beforeSkips.isEmpty() || beforeSkips.get(beforeSkips.size() - 1).failure() == null)) {
      return "aborted, but the last report before the skips is no failure";
    }
    if (d.event == Event.TRANSFORM) {
      Job view = (Job) d.result;
      boolean transformed = succeeded.contains(">TransformJobView");
      if (!view.trail().equals(succeeded) || view.title().equals("REBUILD INDEX") != transformed) {
        return "transform result " + view + ", but the hooks that succeeded were " + succeeded;
      }
    }
    return null;
  }

  /** An async hook's report on the dispatching thread can only be a rejection: the hook was not started. */
  private static String checkAsyncRejections(Dispatch d, List<Report> own) {
    for (Report r : own) {
      if (ASYNC.contains(r.hook()) && !(r.outcome() == Outcome.FAILED && r.notStarted())) {
        return "the dispatching thread reported " + r;
      }
    }
    return null;
  }

  /** The hook bodies that ran for the dispatch are exactly the started, not rejected, ones, once each. */
  private static String checkBodies(Dispatch d, List<Report> sync, Map<Class<?>, Long> ran) {
    Map<Class<?>, Long> expected = new HashMap<>();
    for (int i = 0; i < sync.size(); i++) {
      Report r = sync.get(i);
      if (r.outcome() == Outcome.STARTED && !sync.get(i + 1).notStarted()) {
        expected.merge(r.hook(), 1L, Long::sum);
      }
    }
    Map<Class<?>, Long> syncRan = new HashMap<>(ran);
    syncRan.keySet().removeAll(ASYNC);
    return expected.equals(syncRan) ? null : "hook bodies " + syncRan + ", but started " + expected;
  }

  // ------------------------------------------------------------------ what it did

  private static void summarize(
      Map<String, Dispatch> dispatches,
      List<Report> reports,
      Script script,
      long firing,
      long closing) {
    Map<Event, Long> perEvent = new EnumMap<>(Event.class);
    dispatches.values().forEach(d -> perEvent.merge(d.event, 1L, Long::sum));
    Map<String, Long> outcomes = new TreeMap<>();
    for (Report r : reports) {
      String key = switch (r.outcome()) {
        case STARTED -> "started";
        case SUCCEEDED -> "succeeded";
        case FAILED -> r.notStarted() ? "rejected (async, not started)" : "failed";
        case TIMED_OUT -> r.notStarted() ? "rejected (timed, not started)" : "timed out";
        case SKIPPED ->
          "skipped: "
              + r.reason()
                  .replaceAll("'[^']*'", "'…'")
                  .replaceAll(" by \\w+", " by …")
                  .replaceAll("@Disabled: .*", "@Disabled");
      };
      outcomes.merge(key, 1L, Long::sum);
    }
    long aborted = dispatches.values().stream().filter(d -> d.aborted != null).count();
    System.out.printf(
        "PoliciesStressTest: %d dispatches %s (%d before-events aborted) on %d threads in %d ms, close %d ms;"
            + " %d hook bodies ran; reports %s%n",
        dispatches.size(),
        perEvent,
        aborted,
        THREADS,
        TimeUnit.NANOSECONDS.toMillis(firing),
        TimeUnit.NANOSECONDS.toMillis(closing),
        script.calls().size(),
        outcomes);
  }
}
