package dev.hookwire.runtime.internal;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Not for applications. One hook of one event, as the generated wiring declares it once, in a
 * constant: the event, the hook class (or a virtual event's filter class) and its policies. Every
 * report about the hook and every policy decision reads it from here.
 *
 * @param event the event, in kebab-case
 * @param hook the hook class, or the filter class of a virtual event
 * @param order its {@code @Order}
 * @param timeoutMillis its time limit in milliseconds, 0 when it runs inline without one
 * @param tags its {@code @Tags}, empty when it runs for every tag
 * @param async whether it is {@code @Async}
 * @param disabled its {@code @Disabled} reason, or {@code null} when it is not {@code @Disabled}
 * @param dependencies the types its constructor takes, in order; empty for a no-argument hook
 * @param durable whether it is {@code @Durable}: recorded at dispatch, delivered after commit
 * @param version its {@code @Version}, or {@code null} when it is no version of a hook
 */
public record HookSite(
    String event,
    Class<?> hook,
    int order,
    long timeoutMillis,
    Set<String> tags,
    boolean async,
    String disabled,
    List<Class<?>> dependencies,
    boolean durable,
    Version version) {

  /**
   * A hook class's {@code @Version}.
   *
   * @param hook the qualified name of the class of the hook's first version, which names the hook
   * @param id this version's id
   * @param live whether the build starts the service with this version
   */
  public record Version(String hook, String id, boolean live) {
    public Version {
      Objects.requireNonNull(hook, "hook");
      Objects.requireNonNull(id, "id");
    }
  }

  public HookSite {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(hook, "hook");
    tags = Set.copyOf(tags);
    dependencies = List.copyOf(dependencies);
    if (timeoutMillis < 0) {
      throw new IllegalArgumentException(
          "timeoutMillis must not be negative, was " + timeoutMillis);
    }
  }

  /** A hook with no policy: order 0, inline, every tag, enabled. */
  public static HookSite of(String event, Class<?> hook) {
    return new HookSite(event, hook, 0, 0L, Set.of(), false, null, List.of(), false, null);
  }

  /** This site with {@code @Order(order)}. */
  public HookSite ordered(int order) {
    return new HookSite(
        event, hook, order, timeoutMillis, tags, async, disabled, dependencies, durable, version);
  }

  /** This site with a time limit. */
  public HookSite timed(long timeoutMillis) {
    return new HookSite(
        event, hook, order, timeoutMillis, tags, async, disabled, dependencies, durable, version);
  }

  /** This site with {@code @Tags}. */
  public HookSite tagged(String... tags) {
    return new HookSite(
        event,
        hook,
        order,
        timeoutMillis,
        Set.of(tags),
        async,
        disabled,
        dependencies,
        durable,
        version);
  }

  /** This site, {@code @Async}. */
  public HookSite asynchronous() {
    return new HookSite(
        event, hook, order, timeoutMillis, tags, true, disabled, dependencies, durable, version);
  }

  /** This site, {@code @Disabled(reason)}. */
  public HookSite disabledBecause(String reason) {
    return new HookSite(
        event,
        hook,
        order,
        timeoutMillis,
        tags,
        async,
        Objects.requireNonNull(reason, "reason"),
        dependencies,
        durable,
        version);
  }

  /** This site, whose hook's constructor takes {@code types}. */
  public HookSite needs(Class<?>... types) {
    return new HookSite(
        event, hook, order, timeoutMillis, tags, async, disabled, List.of(types), durable, version);
  }

  /** This site, {@code @Durable}. */
  public HookSite durably() {
    return new HookSite(
        event, hook, order, timeoutMillis, tags, async, disabled, dependencies, true, version);
  }

  /** This site, version {@code id} of the hook whose first version is the class {@code hook}. */
  public HookSite version(String hook, String id, boolean live) {
    return new HookSite(
        event,
        this.hook,
        order,
        timeoutMillis,
        tags,
        async,
        disabled,
        dependencies,
        durable,
        new Version(hook, id, live));
  }

  /** {@code event/fully.qualified.Hook}: how {@code HookRuntime.Builder.disable} names it. */
  public String key() {
    return event + "/" + hook.getName();
  }
}
