package dev.hookwire.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Tries hooks without the host: dry-run an event through the whole generated wiring, or run one
 * hook alone on a sample input, and get a {@link HookTrace} of which hooks ran, which were skipped
 * and why, what each returned, what failed, and what the dispatcher returned or threw.
 *
 * <pre>{@code
 * HookTestKit<HookWiring> kit = HookTestKit.of(HookWiring::new);
 *
 * HookTrace<User> signup = kit.dryRun(hooks -> hooks.beforeUserCreate(user, ctx));
 * assertEquals("Ada", signup.result().orElseThrow().name());
 *
 * HookTrace<User> alone = kit.runOnly(BeforeUserCreate.class, hooks -> hooks.beforeUserCreate(user, ctx));
 * assertEquals(Optional.of("Disposable email addresses are not allowed."),
 *     alone.exception().map(e -> ((HookAbortedException) e).userMessage().orElseThrow()));
 * }</pre>
 *
 * Each run gets a fresh runtime and wiring, waits for async hooks before it returns, and never
 * throws what the dispatcher threw: the trace holds it. What creating the wiring throws (a hook
 * whose constructor failed, a switch-off naming no hook) it does throw, and so does a live switch
 * ({@link #switching}) naming no hook.
 *
 * @param <W> the generated wiring
 */
public final class HookTestKit<W> {
  private final Function<HookRuntime, W> wiring;
  private final UnaryOperator<HookRuntime.Builder> configure;
  /** Applied to each run's runtime once its wiring is created, before the dispatch. */
  private final List<HookSwitch> switches;

  private HookTestKit(
      Function<HookRuntime, W> wiring,
      UnaryOperator<HookRuntime.Builder> configure,
      List<HookSwitch> switches) {
    this.wiring = wiring;
    this.configure = configure;
    this.switches = switches;
  }

  /** A kit for a generated wiring: {@code HookTestKit.of(HookWiring::new)}. */
  public static <W> HookTestKit<W> of(Function<HookRuntime, W> wiring) {
    return new HookTestKit<>(
        Objects.requireNonNull(wiring, "wiring"), builder -> builder, List.of());
  }

  /**
   * A kit whose runs first apply {@code more} live switches ({@link HookRuntime#switchHooks}),
   * after this kit's own, once the wiring is created: a dry run as the service would dispatch
   * after them, the hooks switched off reported skipped, "switched off at run time". A switch
   * naming no hook throws {@link IllegalArgumentException} from the run, naming the closest.
   */
  public HookTestKit<W> switching(HookSwitch... more) {
    List<HookSwitch> all = new ArrayList<>(switches);
    all.addAll(List.of(more));
    return new HookTestKit<>(wiring, configure, List.copyOf(all));
  }

  /**
   * A kit whose runtimes are further configured, for example with hooks switched off: {@code
   * kit.with(b -> b.disable("after-user-create", AuditSignup.class))}. Its listener is always the
   * kit's recorder.
   */
  public HookTestKit<W> with(UnaryOperator<HookRuntime.Builder> more) {
    Objects.requireNonNull(more, "more");
    return new HookTestKit<>(wiring, builder -> more.apply(configure.apply(builder)), switches);
  }

  /** Dispatches through the whole wiring and traces every hook. */
  public <R> HookTrace<R> dryRun(Function<W, R> dispatch) {
    return trace(HookRuntime.builder(), dispatch);
  }

  /** {@link #dryRun} for a dispatcher that returns nothing (an after-event). */
  public HookTrace<Void> dryRunVoid(Consumer<W> dispatch) {
    return dryRun(toFunction(dispatch));
  }

  /**
   * Dispatches with every hook but {@code hook} switched off, and traces it: the others are
   * reported skipped, "not selected for this run".
   *
   * @throws IllegalArgumentException when {@code hook} is not a hook of the wiring, naming the
   *     closest one
   */
  public <R> HookTrace<R> runOnly(Class<?> hook, Function<W, R> dispatch) {
    return trace(HookRuntime.builder().only(hook), dispatch);
  }

  /** {@link #runOnly} for a dispatcher that returns nothing (an after-event). */
  public HookTrace<Void> runOnlyVoid(Class<?> hook, Consumer<W> dispatch) {
    return runOnly(hook, toFunction(dispatch));
  }

  private static <W> Function<W, Void> toFunction(Consumer<W> dispatch) {
    Objects.requireNonNull(dispatch, "dispatch");
    return w -> {
      dispatch.accept(w);
      return null;
    };
  }

  private <R> HookTrace<R> trace(HookRuntime.Builder builder, Function<W, R> dispatch) {
    Objects.requireNonNull(dispatch, "dispatch");
    RecordingListener recorder = new RecordingListener();
    R result = null;
    Throwable thrown = null;
    try (HookRuntime runtime = configure.apply(builder).listener(recorder).build()) {
      W hooks =
          wiring.apply(runtime); // its mistakes (a disable or runOnly naming no hook) are thrown
      runtime.checkSelected();
      if (!switches.isEmpty()) {
        runtime.switchHooks(switches);
      }
      try {
        result = dispatch.apply(hooks);
      } catch (RuntimeException | AssertionError e) {
        thrown = e;
      }
    }
    return new HookTrace<>(result, thrown, recorder.entries());
  }
}
