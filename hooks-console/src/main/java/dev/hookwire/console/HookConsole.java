package dev.hookwire.console;

import dev.hookwire.runtime.HookRuntime;
import dev.hookwire.runtime.WiringDescription;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * Everything the operating console does, independent of the HTTP server: the page's model ({@link
 * #state()}), the changes ({@link #change}: switch a hook on or off, deploy a version, roll back)
 * and dry runs ({@link #dryRun}). Each host (the Spring Boot starter, the plain demo) serves it,
 * with the page of {@link ConsoleAssets}, to its administrators only, and answers a {@link
 * ConsoleRequestException} with a 400. Thread-safe.
 *
 * <pre>{@code
 * HookStats stats = new HookStats();
 * HookRuntime runtime = HookRuntime.builder().listener(stats.alongside(myListener)).build();
 * HookWiring wiring = new HookWiring(runtime, dependencies);
 * HookConsole console = HookConsole.builder(runtime)
 *     .wiring(HookWiring.class, wiring::describe, rt -> new HookWiring(rt, dependencies))
 *     .stats(stats)
 *     .build();
 * }</pre>
 *
 * <p>What it answers never holds an exception's message or a stack trace: a hook's failure is
 * shown as its exception's class name, a {@code HookRejection} by its user message.
 */
public final class HookConsole {
  /** One wiring the console shows and dry-runs. */
  record Wiring<W>(
      Class<W> type, Supplier<WiringDescription> describe, Function<HookRuntime, W> create) {}

  private final HookRuntime runtime;
  private final List<Wiring<?>> wirings;
  private final HookStats stats;
  private final DryRuns dryRuns;

  private HookConsole(Builder builder) {
    this.runtime = builder.runtime;
    this.wirings = List.copyOf(builder.wirings);
    this.stats = builder.stats;
    this.dryRuns = new DryRuns(runtime, wirings);
  }

  /** A console of the wirings of {@code runtime}, which the builder names. */
  public static Builder builder(HookRuntime runtime) {
    return new Builder(runtime);
  }

  /**
   * The page's model: each wiring, its events in order, each with its hooks in run order and
   * their state, versions, policies and counts; then the history. See {@code docs/console.md}.
   */
  public JsonNode state() {
    return new ConsoleState(runtime, wirings, stats, dryRuns).write();
  }

  /**
   * Applies one change, {@code {"action": "switch-on|switch-off|deploy|rollback", "event": ..,
   * "hook": .., "version": .. (deploy), "why": ..}}, and returns the new {@link #state()}.
   *
   * @param by who makes it: the signed-in principal's name, from the host, never from the body
   * @throws ConsoleRequestException when the request is bad (a missing field, an unknown action,
   *     event, hook or version, with the closest; a rollback with nothing to roll back): nothing
   *     changed
   */
  public JsonNode change(JsonNode request, String by) {
    if (by == null || by.isBlank()) {
      throw new IllegalArgumentException("The host must say who makes the change (by)");
    }
    new ConsoleChanges(runtime, wirings).apply(ConsoleJson.object(request), by);
    return state();
  }

  /**
   * Dry-runs one event, {@code {"event": .., "input": {the event's entity}, "context": {"path":
   * .., "tag": .., "metadata": {..}}}}, through the test kit on a fresh runtime with the live
   * state (the switches and the live versions of this runtime): the hooks run for real, with
   * their dependencies; the host does nothing, no durable event is recorded, and nothing is
   * switched or stored. Returns the trace.
   *
   * @throws ConsoleRequestException when the request is bad: no such event (with the closest), an
   *     input that does not read as the event's entity (naming the field, {@code input.email})
   */
  public JsonNode dryRun(JsonNode request) {
    return dryRuns.run(ConsoleJson.object(request));
  }

  /**
   * Reads a request body for {@link #change} or {@link #dryRun}: one JSON object, bounded in size
   * and depth.
   *
   * @throws ConsoleRequestException when it is not one
   */
  public static JsonNode parse(String body) {
    return ConsoleJson.parse(body);
  }

  /** Writes what the console answers as JSON text. */
  public static String write(JsonNode answer) {
    return ConsoleJson.MAPPER.writeValueAsString(answer);
  }

  /**
   * The answer to a refused request: {@code {"error": message, "field": path or null}}, for the
   * host's 400.
   */
  public static JsonNode error(ConsoleRequestException refused) {
    return ConsoleJson.MAPPER
        .createObjectNode()
        .put("error", refused.getMessage())
        .put("field", refused.field().orElse(null));
  }

  /** Builds a {@link HookConsole}. */
  public static final class Builder {
    private final HookRuntime runtime;
    private final List<Wiring<?>> wirings = new ArrayList<>();
    private HookStats stats;

    private Builder(HookRuntime runtime) {
      this.runtime = Objects.requireNonNull(runtime, "runtime");
    }

    /**
     * One generated wiring the console shows and dry-runs.
     *
     * @param type the wiring's class ({@code HookWiring.class}), whose catalog interfaces name
     *     the methods a dry run calls
     * @param describe reads its live description: the wiring's own {@code describe()}
     * @param create builds a fresh wiring on a given runtime, for a dry run: {@code rt -> new
     *     HookWiring(rt, dependencies)}, with the dependencies the host's wiring got
     */
    public <W> Builder wiring(
        Class<W> type, Supplier<WiringDescription> describe, Function<HookRuntime, W> create) {
      wirings.add(new Wiring<>(
          Objects.requireNonNull(type, "type"),
          Objects.requireNonNull(describe, "describe"),
          Objects.requireNonNull(create, "create")));
      return this;
    }

    /** The counts the page shows; without it, they are absent. Must be the runtime's listener. */
    public Builder stats(HookStats stats) {
      this.stats = Objects.requireNonNull(stats, "stats");
      return this;
    }

    /** @throws IllegalStateException when no wiring was given */
    public HookConsole build() {
      if (wirings.isEmpty()) {
        throw new IllegalStateException(
            "HookConsole.builder(..) needs at least one wiring(type, describe, create)");
      }
      return new HookConsole(this);
    }
  }
}
