package dev.hookwire.runtime;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a generated {@code HookWiring} wires, from its {@code describe()}: each event and its hooks
 * in run order, with their policies. The processor writes the same facts, as JSON, to {@code
 * META-INF/hookwire/<hooks package>.json} for tools and docs (with {@code null} where this has an
 * empty {@code Optional}), minus what only the runtime knows: the hooks switched off at startup.
 *
 * @param hooksPackage the hooks package
 * @param events the events of its catalogs, virtual ones right after their base
 */
public record WiringDescription(String hooksPackage, List<EventInfo> events) {

  public WiringDescription {
    Objects.requireNonNull(hooksPackage, "hooksPackage");
    events = List.copyOf(events);
  }

  /** An event's kind: its contract. */
  public enum Kind {
    /** Runs before the operation; a hook may abort it or patch the entity. */
    BEFORE,
    /** Runs after the operation; a failing hook is isolated. */
    AFTER,
    /** Replaces a value; a failing hook keeps its input. */
    TRANSFORM;

    /** {@code before}, {@code after} or {@code transform}, as the JSON says. */
    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One event.
   *
   * @param name kebab-case
   * @param kind its contract
   * @param virtualOf the base event of a virtual event
   * @param hooks its hooks in run order, disabled ones included
   */
  public record EventInfo(
      String name, Kind kind, Optional<String> virtualOf, List<HookInfo> hooks) {
    public EventInfo {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(virtualOf, "virtualOf");
      hooks = List.copyOf(hooks);
    }
  }

  /**
   * One hook.
   *
   * @param type the hook class's name
   * @param order its {@code @Order}
   * @param timeout its time limit ({@code @Timeout} or the event's default); empty when it runs
   *     inline without one
   * @param tags its {@code @Tags}, empty for every tag
   * @param async whether it is {@code @Async}
   * @param disabled why it does not run, in the words a tracing listener hears when it is skipped
   *     ({@code "@Disabled: <reason>"}, {@code "disabled at startup"}, {@code "not selected for
   *     this run"}); empty when it runs
   * @param dependencies the qualified names of the types its constructor takes, in order; empty
   *     for a hook with a no-argument constructor
   * @param durable whether it is {@code @Durable}: its events are recorded at dispatch and
   *     delivered after commit
   * @param version its {@code @Version}, when it is one version of a hook; empty otherwise
   */
  public record HookInfo(
      String type,
      int order,
      Optional<Duration> timeout,
      List<String> tags,
      boolean async,
      Optional<String> disabled,
      List<String> dependencies,
      boolean durable,
      Optional<VersionInfo> version) {
    public HookInfo {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(timeout, "timeout");
      Objects.requireNonNull(disabled, "disabled");
      Objects.requireNonNull(version, "version");
      tags = List.copyOf(tags);
      dependencies = List.copyOf(dependencies);
    }

    /** A hook that is no version of a hook. */
    public HookInfo(
        String type,
        int order,
        Optional<Duration> timeout,
        List<String> tags,
        boolean async,
        Optional<String> disabled,
        List<String> dependencies,
        boolean durable) {
      this(type, order, timeout, tags, async, disabled, dependencies, durable, Optional.empty());
    }

    /** A hook that is not durable. */
    public HookInfo(
        String type,
        int order,
        Optional<Duration> timeout,
        List<String> tags,
        boolean async,
        Optional<String> disabled,
        List<String> dependencies) {
      this(type, order, timeout, tags, async, disabled, dependencies, false);
    }

    /** A hook with a no-argument constructor, not durable. */
    public HookInfo(
        String type,
        int order,
        Optional<Duration> timeout,
        List<String> tags,
        boolean async,
        Optional<String> disabled) {
      this(type, order, timeout, tags, async, disabled, List.of(), false);
    }

    public boolean enabled() {
      return disabled.isEmpty();
    }
  }

  /**
   * A hook class's {@code @Version}, as the runtime sees it when {@code describe()} is called.
   *
   * @param hook the qualified name of the class of the hook's first version, which names the hook
   *     in {@code deploy} and {@code rollback}
   * @param id this version's id
   * @param live whether this version is the live one now (the build's choice until a deploy or a
   *     rollback)
   */
  public record VersionInfo(String hook, String id, boolean live) {
    public VersionInfo {
      Objects.requireNonNull(hook, "hook");
      Objects.requireNonNull(id, "id");
    }
  }

  /** A readable listing: one line per event, one indented line per hook with its policies. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("HookWiring of ").append(hooksPackage).append('\n');
    for (EventInfo event : events) {
      out.append(event.name()).append(" (").append(event.kind());
      event.virtualOf().ifPresent(base -> out.append(", virtual of ").append(base));
      out.append(")").append(event.hooks().isEmpty() ? ": no hooks" : "").append('\n');
      for (HookInfo hook : event.hooks()) {
        out.append("  ").append(hook.type());
        if (hook.order() != 0) {
          out.append(", order ").append(hook.order());
        }
        hook.timeout()
            .ifPresent(t -> out.append(", timeout ").append(t.toMillis()).append(" ms"));
        if (!hook.tags().isEmpty()) {
          out.append(", tags ").append(hook.tags());
        }
        if (hook.async()) {
          out.append(", async");
        }
        if (hook.durable()) {
          out.append(", durable");
        }
        hook.version()
            .ifPresent(v -> out.append(", version ")
                .append(v.id())
                .append(v.live() ? " (live)" : "")
                .append(v.hook().equals(hook.type()) ? "" : " of " + v.hook()));
        if (!hook.dependencies().isEmpty()) {
          out.append(", needs ").append(String.join(", ", hook.dependencies()));
        }
        hook.disabled().ifPresent(why -> out.append(", disabled: ").append(why));
        out.append('\n');
      }
    }
    return out.toString();
  }
}
