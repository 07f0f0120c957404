package dev.hookwire.runtime;

import dev.hookwire.runtime.HookFailure.Consequence;
import dev.hookwire.runtime.WiringDescription.EventInfo;
import dev.hookwire.runtime.WiringDescription.HookInfo;
import dev.hookwire.runtime.WiringDescription.Kind;
import dev.hookwire.runtime.WiringDescription.VersionInfo;
import dev.hookwire.runtime.internal.Arguments;
import dev.hookwire.runtime.internal.Call;
import dev.hookwire.runtime.internal.Dispatch;
import dev.hookwire.runtime.internal.HookSite;
import dev.hookwire.runtime.internal.Run;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** The {@link Dispatch} of one wiring: its runtime's policies, applied to its hook sites. */
final class WiringDispatch extends Dispatch {
  private final HookRuntime runtime;
  private final String hooksPackage;
  private final boolean tracing;
  /** Every site the wiring's constructor declared. */
  private final List<HookSite> declared = new ArrayList<>();
  /** Whether the wiring said {@link #ready()}: it has declared every site. */
  private boolean ready;
  /** The site last asked about in {@link #enabled}: the hook being created. */
  private HookSite creating;
  /** This wiring among its runtime's live switches, once it is {@link #ready()}. */
  private LiveSwitches.Wiring live;

  WiringDispatch(HookRuntime runtime, String hooksPackage) {
    this.runtime = runtime;
    this.hooksPackage = hooksPackage;
    this.tracing = runtime.tracing();
  }

  @Override
  public boolean enabled(HookSite site) {
    creating = site;
    return runtime.runs(site);
  }

  @Override
  public void declare(HookSite site) {
    if (ready) {
      throw new IllegalStateException("a wiring declares its hooks before ready()");
    }
    declared.add(Objects.requireNonNull(site, "site"));
  }

  @Override
  public void ready() {
    runtime.declared(hooksPackage, declared);
    live = runtime.live().register(declared);
    ready = true;
  }

  @Override
  public void switchable(Consumer<Predicate<HookSite>> publish) {
    Objects.requireNonNull(publish, "publish");
    if (!ready) {
      throw new IllegalStateException("a wiring becomes switchable after ready()");
    }
    runtime.live().attach(live, publish);
  }

  @Override
  public Arguments arguments(HookDependencies dependencies) {
    Objects.requireNonNull(dependencies, "dependencies");
    if (!ready) {
      throw new IllegalStateException("a wiring looks its dependencies up after ready()");
    }
    Map<Class<?>, Object> found = new HashMap<>();
    Set<Class<?>> absent = new HashSet<>();
    List<MissingHookDependenciesException.Missing> missing = new ArrayList<>();
    for (HookSite site : declared) {
      if (site.disabled() != null || !runtime.runs(site)) {
        continue;
      }
      // A constructor that takes one type twice needs it, and misses it, once.
      for (Class<?> type : new LinkedHashSet<>(site.dependencies())) {
        if (!found.containsKey(type) && !absent.contains(type)) {
          dependencies
              .find(type)
              .ifPresentOrElse(instance -> found.put(type, instance), () -> absent.add(type));
        }
        if (absent.contains(type)) {
          missing.add(new MissingHookDependenciesException.Missing(site.hook(), type));
        }
      }
    }
    if (!missing.isEmpty()) {
      throw new MissingHookDependenciesException(hooksPackage, missing);
    }
    return new Arguments(found);
  }

  @Override
  public RuntimeException notCreated(Throwable error) {
    rethrowIfFatal(error);
    HookSite site = Objects.requireNonNull(creating, "no hook is being created");
    return new IllegalStateException(
        "HookWiring of " + hooksPackage + " could not create hook "
            + site.hook().getName() + " (" + site.event() + "): its constructor threw " + error,
        error);
  }

  @Override
  public void open(String event) {
    if (runtime.isClosed()) {
      throw new IllegalStateException(
          "HookRuntime is closed: " + event + " cannot be dispatched; dispatch before close()");
    }
  }

  @Override
  public boolean traces() {
    return tracing;
  }

  @Override
  public long started(HookSite site) {
    // The wiring's own copy of the flag: one load fewer on every hook call when nobody traces.
    return tracing ? runtime.reportStarted(site) : 0L;
  }

  @Override
  public long clock() {
    return tracing ? System.nanoTime() : 0L;
  }

  @Override
  public void succeeded(HookSite site, long start, Object result) {
    if (tracing) {
      runtime.reportSucceeded(site, start, result);
    }
  }

  @Override
  public void skipped(HookSite site) {
    if (tracing) {
      // Null in this dispatch's snapshot and off for no reason of the build or the startup:
      // switched off at run time (perhaps switched on again since this dispatch began).
      runtime.reportSkipped(site, offReason(site).orElse(HookRuntime.SWITCHED_OFF));
    }
  }

  @Override
  public void skipped(HookSite site, Object hook, String reason) {
    if (tracing) {
      runtime.reportSkipped(
          site, hook == null ? offReason(site).orElse(HookRuntime.SWITCHED_OFF) : reason);
    }
  }

  @Override
  public void skippedByTag(HookSite site, String tag) {
    if (tracing) {
      runtime.reportSkipped(
          site,
          "tag '" + tag + "' is not one of " + site.tags().stream().sorted().toList());
    }
  }

  /**
   * Why the site's hook does not run: {@code @Disabled}, not selected, switched off at startup,
   * switched off at run time; else empty.
   */
  private Optional<String> offReason(HookSite site) {
    if (site.disabled() != null) {
      return Optional.of("@Disabled: " + site.disabled());
    }
    Optional<String> startup = runtime.offReason(site);
    if (startup.isPresent() || !runtime.live().isOff(site)) {
      return startup;
    }
    String live = runtime.live().liveVersionOf(site);
    if (live != null && !live.equals(site.version().id())) {
      return Optional.of("version " + site.version().id() + ", not live (version " + live + " is)");
    }
    return Optional.of(HookRuntime.SWITCHED_OFF);
  }

  @Override
  public RuntimeException aborted(
      HookSite site, long start, Throwable error, List<HookSite> chain, int next) {
    rethrowIfFatal(error);
    boolean rejection = error instanceof HookRejection;
    String reason = rejection ? "rejected the operation" : HookRuntime.reasonOf(error);
    runtime.report(runtime.failure(site, Consequence.ABORTED, reason, error, start));
    skipRest(chain, next, "the operation was aborted by " + site.hook().getSimpleName());
    return new HookAbortedException(site.event(), site.hook(), error, rejection);
  }

  private void skipRest(List<HookSite> chain, int next, String reason) {
    if (tracing) {
      // A hook that would not have run anyway keeps its own reason.
      chain
          .subList(Math.min(next, chain.size()), chain.size())
          .forEach(s -> runtime.reportSkipped(s, offReason(s).orElse(reason)));
    }
  }

  @Override
  public void afterFailed(HookSite site, long start, Throwable error) {
    failed(site, Consequence.ISOLATED, HookRuntime.reasonOf(error), error, start);
  }

  @Override
  public void transformFailed(HookSite site, long start, Throwable error) {
    failed(site, Consequence.INPUT_KEPT, HookRuntime.reasonOf(error), error, start);
  }

  @Override
  public void transformReturnedNull(HookSite site, long start) {
    String reason = "returned null (a missing return?)";
    runtime.report(runtime.failure(site, Consequence.INPUT_KEPT, reason, null, start));
    if (runtime.isStrict()) {
      throw new HookAbortedException(
          site.event(),
          site.hook(),
          new NullPointerException(site.hook().getName() + ".handle " + reason),
          false);
    }
  }

  @Override
  public void filterFailed(HookSite filter, Throwable error) {
    failed(filter, Consequence.ISOLATED, "(the event's filter) threw " + error, error, 0L);
  }

  @Override
  public RuntimeException filterAborted(
      HookSite filter, Throwable error, List<HookSite> chain, int next) {
    rethrowIfFatal(error);
    runtime.report(runtime.failure(
        filter, Consequence.ABORTED, "(the event's filter) threw " + error, error, 0L));
    skipRest(
        chain, next, "the operation was aborted by the filter " + filter.hook().getSimpleName());
    return new HookAbortedException(filter.event(), filter.hook(), error, false);
  }

  /** Reports an isolated failure; throws if the runtime is strict. */
  private void failed(
      HookSite site, Consequence consequence, String reason, Throwable error, long start) {
    rethrowIfFatal(error);
    runtime.report(runtime.failure(site, consequence, reason, error, start));
    if (runtime.isStrict()) {
      throw new HookAbortedException(site.event(), site.hook(), error, false);
    }
  }

  @Override
  public <T, R> R callWithin(HookSite site, Call<T, R> call, T entity, HookContext ctx)
      throws Throwable {
    return runtime.offThread().callWithin(site, () -> call.apply(entity, ctx));
  }

  @Override
  public <T> void runWithin(HookSite site, Run<T> run, T entity, HookContext ctx) throws Throwable {
    runtime.offThread().callWithin(site, () -> {
      run.accept(entity, ctx);
      return null;
    });
  }

  @Override
  public <T> void runAsync(HookSite site, Run<T> run, T entity, HookContext ctx) {
    runtime.offThread().runAsync(site, () -> {
      run.accept(entity, ctx);
      return null;
    });
  }

  @Override
  public void record(Object entity, HookContext ctx, List<HookSite> sites, Object... hooks) {
    if (hooks.length != sites.size()) {
      throw new IllegalArgumentException(
          sites.size() + " durable sites but " + hooks.length + " hooks");
    }
    List<HookSite> due = new ArrayList<>(sites.size());
    for (int i = 0; i < hooks.length; i++) {
      HookSite site = sites.get(i);
      if (hooks[i] == null) {
        skipped(site);
      } else if (!site.tags().isEmpty() && !site.tags().contains(ctx.tag())) {
        skippedByTag(site, ctx.tag());
      } else {
        due.add(site);
      }
    }
    if (due.isEmpty()) {
      return;
    }
    HookSite first = due.get(0);
    DurableRecorder recorder = ctx.findService(DurableRecorder.class)
        .orElseThrow(() -> new IllegalStateException(first.event()
            + " has the @Durable hook " + first.hook().getName()
            + " but its HookContext has no DurableRecorder, so the event cannot be recorded (and"
            + " is not run inline). Dispatch it inside the host's transaction with a context that"
            + " has one: outbox.context(connection, ctx) of hooks-outbox, or"
            + " ctx.toBuilder().service(DurableRecorder.class, recorder)."));
    long start = 0L;
    List<String> names = new ArrayList<>(due.size());
    for (HookSite site : due) {
      start = started(site);
      names.add(site.hook().getName());
    }
    String eventId;
    try {
      eventId = recorder.record(first.event(), entity, List.copyOf(names));
    } catch (Throwable e) {
      rethrowIfFatal(e);
      runtime.report(runtime.failure(
          first, Consequence.ABORTED, "could not be recorded: threw " + e, e, start));
      throw new HookAbortedException(first.event(), first.hook(), e, false);
    }
    for (HookSite site : due) {
      succeeded(site, start, eventId);
    }
  }

  @Override
  public <T> DurableHook<T> durable(HookSite site, Class<T> entityType, Run<T> run) {
    return new DurableHook<>(site.event(), site.hook(), entityType, run);
  }

  @Override
  public EventInfo describe(String name, Kind kind, String virtualOf, HookSite... hooks) {
    List<HookInfo> infos = new ArrayList<>(hooks.length);
    for (HookSite site : hooks) {
      Optional<Duration> timeout = site.timeoutMillis() == 0
          ? Optional.empty()
          : Optional.of(Duration.ofMillis(site.timeoutMillis()));
      infos.add(new HookInfo(
          site.hook().getName(),
          site.order(),
          timeout,
          site.tags().stream().sorted().toList(),
          site.async(),
          offReason(site),
          site.dependencies().stream().map(Class::getName).toList(),
          site.durable(),
          Optional.ofNullable(site.version()).map(v -> versionInfo(site, v))));
    }
    return new EventInfo(name, kind, Optional.ofNullable(virtualOf), infos);
  }

  private VersionInfo versionInfo(HookSite site, HookSite.Version version) {
    String live = runtime.live().liveVersionOf(site);
    return new VersionInfo(version.hook(), version.id(), version.id().equals(live));
  }

  private static void rethrowIfFatal(Throwable error) {
    Objects.requireNonNull(error, "error");
    if (error instanceof VirtualMachineError fatal) {
      throw fatal;
    }
    if (error instanceof InterruptedException) {
      Thread.currentThread().interrupt();
    }
  }
}
