package dev.hookwire.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A validated hook class.
 *
 * @param type the hook class
 * @param event the event it serves
 * @param takesContext whether {@code handle} takes the {@code HookContext}
 * @param returnsValue whether {@code handle} returns a patch or a replacement (not void)
 * @param order its {@code @Order}, 0 without one
 * @param disabled the {@code @Disabled} reason, if any
 * @param timeoutMillis its own {@code @Timeout}, if any
 * @param tags its {@code @Tags}, empty when it runs for every tag
 * @param async whether it is {@code @Async}
 * @param inline whether it is {@code @Inline}: on the caller's thread, without the event's default
 *     time limit
 * @param deprecated whether the class is {@code @Deprecated}, so that the wiring, which must name
 *     it, suppresses the deprecation warnings it would otherwise cause
 * @param dependencies the types its public constructor takes, in order, each looked up in the
 *     host's {@code HookDependencies}; empty for a no-argument constructor
 * @param durable whether it is {@code @Durable}: its events are recorded at dispatch and delivered
 *     after commit by the outbox's workers, never run by the dispatcher
 * @param version its {@code @Version}, when it is one version of a hook
 */
public record Hook(
    ClassName type,
    String event,
    boolean takesContext,
    boolean returnsValue,
    int order,
    Optional<String> disabled,
    OptionalLong timeoutMillis,
    List<String> tags,
    boolean async,
    boolean inline,
    boolean deprecated,
    List<ClassName> dependencies,
    boolean durable,
    Optional<HookVersion> version)
    implements Comparable<Hook> {

  /** Run order: by {@code @Order}, then by class name, so the output is deterministic. */
  private static final Comparator<Hook> RUN_ORDER =
      Comparator.comparingInt(Hook::order).thenComparing(h -> h.type().canonicalName());

  public Hook {
    tags = List.copyOf(tags);
    dependencies = List.copyOf(dependencies);
  }

  /**
   * Its time limit: its own {@code @Timeout}, else the event's default; empty for none, and for a
   * hook that is {@code @Inline} or {@code @Durable}.
   */
  public OptionalLong timeoutIn(Event event) {
    if (inline || durable) {
      return OptionalLong.empty();
    }
    return timeoutMillis.isPresent() ? timeoutMillis : event.timeoutMillis();
  }

  /**
   * For a version of a hook, the qualified name of the class of the hook's first version, which
   * names the hook at run time (in its {@code HookSite}, {@code describe()} and the JSON).
   */
  public Optional<String> versionedHook() {
    return version.map(v -> type.packageName() + "." + v.of());
  }

  @Override
  public int compareTo(Hook other) {
    return RUN_ORDER.compare(this, other);
  }
}
