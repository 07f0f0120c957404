package dev.hookwire.console;

import dev.hookwire.runtime.DurableRecorder;
import dev.hookwire.runtime.HookContext;
import dev.hookwire.runtime.HookRuntime;
import dev.hookwire.runtime.HookState;
import dev.hookwire.runtime.HookStateStore;
import dev.hookwire.runtime.HookTestKit;
import dev.hookwire.runtime.HookTrace;
import dev.hookwire.runtime.WiringDescription.EventInfo;
import dev.hookwire.runtime.WiringDescription.HookInfo;
import dev.hookwire.runtime.internal.Closest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;

/**
 * The console's dry runs: an event's input read as its entity, dispatched through {@link
 * HookTestKit} on a fresh runtime that has the live state of the console's runtime (its switches
 * and live versions, through a store that only answers that state and never saves), with a
 * {@link DurableRecorder} that records nothing. The hooks run for real with their dependencies;
 * the host does nothing; the console's runtime, its store and its outbox are never touched.
 */
final class DryRuns {
  /** How {@code describe()} names a hook switched off when the runtime was built. */
  private static final String DISABLED_AT_STARTUP = "disabled at startup";

  private final HookRuntime runtime;
  private final List<HookConsole.Wiring<?>> wirings;

  DryRuns(HookRuntime runtime, List<HookConsole.Wiring<?>> wirings) {
    this.runtime = runtime;
    this.wirings = wirings;
  }

  /** A sample input for {@code event}, or empty when no catalog method dispatches it. */
  Optional<JsonNode> sample(Class<?> wiring, EventInfo event) {
    return method(wiring, event).map(m -> Samples.of(m.getGenericParameterTypes()[0]));
  }

  /**
   * The catalog method that dispatches {@code event}: its camelCase name on one of the wiring's
   * interfaces, taking the entity and a {@link HookContext}; a virtual event's base event's.
   */
  static Optional<Method> method(Class<?> wiring, EventInfo event) {
    String name = camelCase(event.virtualOf().orElse(event.name()));
    for (Class<?> catalog : interfaces(wiring)) {
      for (Method method : catalog.getMethods()) {
        if (method.getName().equals(name)
            && method.getParameterCount() == 2
            && method.getParameterTypes()[1] == HookContext.class) {
          return Optional.of(method);
        }
      }
    }
    return Optional.empty();
  }

  private static Set<Class<?>> interfaces(Class<?> type) {
    Set<Class<?>> all = new LinkedHashSet<>();
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      for (Class<?> i : c.getInterfaces()) {
        all.add(i);
        all.addAll(interfaces(i));
      }
    }
    return all;
  }

  /** {@code before-user-create} → {@code beforeUserCreate}. */
  static String camelCase(String event) {
    StringBuilder name = new StringBuilder();
    for (String word : event.split("-")) {
      if (word.isEmpty()) {
        continue;
      }
      name.append(
          name.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }
    return name.toString();
  }

  JsonNode run(JsonNode request) {
    String event = ConsoleJson.text(request, "event", "the event to dry-run, in kebab-case");
    String wiringName = ConsoleJson.optionalText(request, "wiring");
    List<HookConsole.Wiring<?>> having = new ArrayList<>();
    Map<Class<?>, HookConsole.Wiring<?>> withHooks = new LinkedHashMap<>();
    Set<String> known = new LinkedHashSet<>();
    for (HookConsole.Wiring<?> wiring : wirings) {
      for (EventInfo info : wiring.describe().get().events()) {
        known.add(info.name());
        if (info.name().equals(event)
            && (wiringName == null || wiringName.equals(wiring.type().getName()))) {
          having.add(wiring);
          if (!info.hooks().isEmpty()) {
            // Two wirings of one class are two copies of one package's hooks: either will do.
            withHooks.putIfAbsent(wiring.type(), wiring);
          }
        }
      }
    }
    if (having.isEmpty() && wiringName != null && known.contains(event)) {
      throw new ConsoleRequestException(
          "No wiring " + wiringName + " has the event " + event + "; the wirings are "
              + String.join(", ", wirings.stream().map(w -> w.type().getName()).toList()) + ".",
          "wiring");
    }
    if (having.isEmpty()) {
      String hint =
          Closest.to(event, known).map(e -> " Did you mean " + e + "?").orElse("");
      throw new ConsoleRequestException(
          "There is no event " + event + "." + hint + " The events are " + String.join(", ", known)
              + ".",
          "event");
    }
    if (withHooks.size() > 1) {
      throw new ConsoleRequestException(
          "Several wirings have hooks for " + event + ": say which in the field 'wiring', one of "
              + String.join(
                  ", ", withHooks.keySet().stream().map(Class::getName).toList()) + ".",
          "wiring");
    }
    // The one wiring with hooks for the event; when none has any, any of them shows that.
    HookConsole.Wiring<?> chosen =
        withHooks.isEmpty() ? having.get(0) : withHooks.values().iterator().next();
    return run(chosen, event, request);
  }

  private <W> JsonNode run(HookConsole.Wiring<W> wiring, String event, JsonNode request) {
    EventInfo info = wiring.describe().get().events().stream()
        .filter(e -> e.name().equals(event))
        .findFirst()
        .orElseThrow();
    Method method = method(wiring.type(), info)
        .orElseThrow(() -> new ConsoleRequestException(
            "The event " + event + " has no method on the catalog interfaces of "
                + wiring.type().getName() + " to dispatch it with.",
            "event"));
    Object entity = input(request.get("input"), method.getGenericParameterTypes()[0]);
    DryRunTrace.Recorder recorder = new DryRunTrace.Recorder();
    HookContext ctx =
        context(request.get("context")).service(DurableRecorder.class, recorder).build();
    HookTestKit<W> kit = HookTestKit.of(wiring.create()).with(b -> live(b, wiring));
    HookTrace<Object> trace;
    try {
      trace = kit.dryRun(w -> invoke(method, w, entity, ctx));
    } catch (RuntimeException creating) {
      // The fresh wiring could not be created (a hook's constructor threw): its class only.
      return DryRunTrace.notCreated(event, wiring.type(), method, creating);
    }
    return new DryRunTrace(wiring.describe().get(), recorder).write(event, method, trace);
  }

  /** The builder of the dry run's runtime, with the live state of the console's runtime. */
  private HookRuntime.Builder live(HookRuntime.Builder builder, HookConsole.Wiring<?> wiring) {
    HookState now = new HookState(1, runtime.switchedOff(), runtime.liveVersions(), List.of());
    builder.store(new Snapshot(now)).pollEvery(Duration.ofHours(1));
    for (EventInfo event : wiring.describe().get().events()) {
      for (HookInfo hook : event.hooks()) {
        if (hook.disabled().filter(DISABLED_AT_STARTUP::equals).isPresent()) {
          builder.disable(event.name(), load(hook.type(), wiring.type()));
        }
      }
    }
    return builder;
  }

  private static Class<?> load(String type, Class<?> wiring) {
    try {
      return Class.forName(type, false, wiring.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(
          "The hook " + type + " of " + wiring.getName()
              + " is not on the class path of its wiring",
          e);
    }
  }

  /**
   * The state a dry run's runtime starts with: the console runtime's state now, answered to every
   * load; a save (there is none: a dry run changes nothing) is refused.
   */
  private record Snapshot(HookState state) implements HookStateStore {
    @Override
    public Optional<HookState> load() {
      return Optional.of(state);
    }

    @Override
    public boolean save(HookState next) {
      return false;
    }
  }

  private static Object invoke(Method method, Object wiring, Object entity, HookContext ctx) {
    try {
      return method.invoke(wiring, entity, ctx);
    } catch (InvocationTargetException e) {
      Throwable thrown = e.getCause();
      if (thrown instanceof RuntimeException unchecked) {
        throw unchecked; // the trace holds it: HookAbortedException, typically
      }
      if (thrown instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("A catalog method threw a checked exception", thrown);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("Cannot call " + method + " on the wiring", e);
    }
  }

  /** The request's {@code input} read as the event's entity type. */
  private static Object input(JsonNode input, Type type) {
    if (input == null || input.isNull()) {
      throw new ConsoleRequestException(
          "The field 'input' is required: the event's entity as JSON (" + typeName(type) + ").",
          "input");
    }
    try {
      return ConsoleJson.MAPPER
          .readerFor(ConsoleJson.MAPPER.getTypeFactory().constructType(type))
          .readValue(input);
    } catch (DatabindException e) {
      throw InputErrors.of(e, type);
    }
  }

  static String typeName(Type type) {
    return type instanceof Class<?> c ? c.getSimpleName() : type.getTypeName();
  }

  /** The request's {@code context}: {@code {"path": .., "tag": .., "metadata": {..}}}, each optional. */
  private static HookContext.Builder context(JsonNode context) {
    HookContext.Builder ctx = HookContext.builder();
    if (context == null || context.isNull()) {
      return ctx;
    }
    if (!context.isObject()) {
      throw new ConsoleRequestException(
          "The field 'context' must be an object {\"path\": .., \"tag\": .., \"metadata\": {..}},"
              + " not " + ConsoleJson.type(context) + ".",
          "context");
    }
    for (Map.Entry<String, JsonNode> field : context.properties()) {
      String path = "context." + field.getKey();
      JsonNode value = field.getValue();
      switch (field.getKey()) {
        case "path" -> ctx.path(string(value, path));
        case "tag" -> ctx.tag(string(value, path));
        case "metadata" -> metadata(value, path, ctx);
        default ->
          throw new ConsoleRequestException(
              "The context has no field '" + field.getKey() + "': it takes path, tag and metadata.",
              path);
      }
    }
    return ctx;
  }

  private static void metadata(JsonNode value, String path, HookContext.Builder ctx) {
    if (!value.isObject()) {
      throw new ConsoleRequestException(
          "The field '" + path + "' must be an object of texts, not " + ConsoleJson.type(value)
              + ".",
          path);
    }
    for (Map.Entry<String, JsonNode> entry : value.properties()) {
      ctx.metadata(entry.getKey(), string(entry.getValue(), path + "." + entry.getKey()));
    }
  }

  private static String string(JsonNode value, String path) {
    if (!value.isString()) {
      throw new ConsoleRequestException(
          "The field '" + path + "' must be a string, not " + ConsoleJson.type(value) + ".", path);
    }
    return value.asString();
  }
}
