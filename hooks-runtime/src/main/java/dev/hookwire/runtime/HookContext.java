package dev.hookwire.runtime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a hook knows about the request that fired its event: the request path and metadata,
 * environment values, and the host's services looked up by type. A hook sees only what the host
 * put here.
 *
 * <pre>{@code
 * HookContext ctx = HookContext.builder()
 *     .path("/sign-up")
 *     .metadata("ip", "203.0.113.7")
 *     .env("APP_URL", "https://acme.example")
 *     .service(DataSource.class, dataSource)
 *     .build();
 * }</pre>
 *
 * Immutable and thread-safe (as far as the services are).
 */
public final class HookContext {
  private static final HookContext EMPTY = builder().build();

  private final String path;
  private final String tag;
  private final Map<String, String> metadata;
  private final Map<String, String> env;
  private final Map<Class<?>, Object> services;
  /** Asked for a type no service was registered for; null when there is none. */
  private final Function<Class<?>, ?> fallback;

  private HookContext(Builder builder) {
    this.path = builder.path;
    this.tag = builder.tag;
    this.metadata = Collections.unmodifiableMap(new LinkedHashMap<>(builder.metadata));
    this.env = Collections.unmodifiableMap(new LinkedHashMap<>(builder.env));
    this.services = Collections.unmodifiableMap(new LinkedHashMap<>(builder.services));
    this.fallback = builder.fallback;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A context with no path, metadata, environment or services. */
  public static HookContext empty() {
    return EMPTY;
  }

  /** The request path, for example {@code "/admin/create-user"}; empty when there is none. */
  public String path() {
    return path;
  }

  /**
   * The event's tag (PocketBase's collection name), for events their catalog declares {@code
   * @Tagged}: hooks annotated {@code @Tags} run only when it is one of theirs. Empty when none.
   */
  public String tag() {
    return tag;
  }

  /** A request metadata value (an IP address, a user agent, a request id...). */
  public Optional<String> metadata(String key) {
    return Optional.ofNullable(metadata.get(Objects.requireNonNull(key, "key")));
  }

  /** All request metadata, unmodifiable. */
  public Map<String, String> metadata() {
    return metadata;
  }

  /** An environment value the host chose to expose. */
  public Optional<String> env(String name) {
    return Optional.ofNullable(env.get(Objects.requireNonNull(name, "name")));
  }

  /**
   * The host's service of this type: the one registered with {@link Builder#service}, else what
   * the {@link Builder#serviceFallback} finds.
   *
   * @throws IllegalStateException if neither has one
   */
  public <T> T service(Class<T> type) {
    return findService(type)
        .orElseThrow(() -> new IllegalStateException("No "
            + type.getName()
            + " in this HookContext; the host registers one with"
            + " HookContext.builder().service("
            + type.getCanonicalName()
            + ".class, instance). Registered: "
            + services.keySet().stream().map(Class::getName).toList()
            + (fallback == null ? "" : ", and its service fallback has none")));
  }

  /** The host's service of this type, if it registered one or its service fallback has one. */
  public <T> Optional<T> findService(Class<T> type) {
    Object service = services.get(Objects.requireNonNull(type, "type"));
    if (service == null && fallback != null) {
      service = fallback.apply(type);
    }
    return Optional.ofNullable(type.cast(service));
  }

  /** A copy to change, for example a context for a sub-request with another path. */
  public Builder toBuilder() {
    Builder builder = new Builder().path(path).tag(tag);
    builder.fallback = fallback;
    builder.metadata.putAll(metadata);
    builder.env.putAll(env);
    builder.services.putAll(services);
    return builder;
  }

  @Override
  public String toString() {
    return "HookContext{path="
        + path
        + (tag.isEmpty() ? "" : ", tag=" + tag)
        + ", metadata="
        + metadata
        + ", env="
        + env.keySet()
        + ", services="
        + services.keySet().stream().map(Class::getSimpleName).toList()
        + (fallback == null ? "" : " and a fallback")
        + "}";
  }

  /** Builds a {@link HookContext}. */
  public static final class Builder {
    private String path = "";
    private String tag = "";
    private final Map<String, String> metadata = new LinkedHashMap<>();
    private final Map<String, String> env = new LinkedHashMap<>();
    private final Map<Class<?>, Object> services = new LinkedHashMap<>();
    private Function<Class<?>, ?> fallback;

    private Builder() {}

    public Builder path(String path) {
      this.path = Objects.requireNonNull(path, "path");
      return this;
    }

    /** The event's tag, for a {@code @Tagged} event; see {@link HookContext#tag()}. */
    public Builder tag(String tag) {
      this.tag = Objects.requireNonNull(tag, "tag");
      return this;
    }

    public Builder metadata(String key, String value) {
      metadata.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
      return this;
    }

    public Builder env(String name, String value) {
      env.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /** Registers a service a hook can look up with {@link HookContext#service(Class)}. */
    public <T> Builder service(Class<T> type, T instance) {
      services.put(
          Objects.requireNonNull(type, "type"),
          type.cast(Objects.requireNonNull(instance, "instance")));
      return this;
    }

    /**
     * Where {@link HookContext#service(Class)} looks for a type no service was registered for,
     * for example a dependency-injection container's beans; it returns null when it has none. It
     * is asked at each lookup, on the hook's thread, so it must be thread-safe. A service
     * registered with {@link #service} always wins.
     */
    public Builder serviceFallback(Function<Class<?>, ?> fallback) {
      this.fallback = Objects.requireNonNull(fallback, "fallback");
      return this;
    }

    public HookContext build() {
      return new HookContext(this);
    }
  }
}
