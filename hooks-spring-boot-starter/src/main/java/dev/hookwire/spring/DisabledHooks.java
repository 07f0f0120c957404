package dev.hookwire.spring;

import dev.hookwire.runtime.HookRuntime;
import dev.hookwire.runtime.internal.Closest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/**
 * {@code hookwire.disabled.<event>}, checked against the wirings' descriptions and applied with
 * {@link HookRuntime.Builder#disable}. A simple class name switches off every hook of that name on
 * the event (in each hooks package that has one); a fully qualified name, that hook only. A name
 * that matches no event, or no hook of its event, fails startup naming the closest.
 */
final class DisabledHooks {
  static final String PREFIX = "hookwire.disabled.";

  /** A hook to switch off. */
  record Off(String event, String hook) {}

  private DisabledHooks() {}

  static List<Off> resolve(Map<String, List<String>> disabled, Wirings wirings) {
    List<Off> off = new ArrayList<>();
    for (Map.Entry<String, List<String>> entry : disabled.entrySet()) {
      String event = entry.getKey();
      String property = PREFIX + event;
      Set<String> hooks = hooksOf(event, wirings);
      if (hooks == null) {
        Set<String> events = new LinkedHashSet<>();
        wirings.all().forEach(w -> events.addAll(w.hooksByEvent().keySet()));
        throw new InvalidConfigurationPropertyValueException(
            property,
            entry.getValue(),
            "no hooks package has an event named " + event + didYouMean(event, events)
                + "; name the event in kebab-case, as in hookwire.disabled.after-user-create");
      }
      for (String name : entry.getValue()) {
        List<String> matches = hooks.stream()
            .filter(h -> h.equals(name) || simpleName(h).equals(name))
            .toList();
        if (matches.isEmpty()) {
          List<String> candidates = name.contains(".")
              ? List.copyOf(hooks)
              : hooks.stream().map(DisabledHooks::simpleName).toList();
          throw new InvalidConfigurationPropertyValueException(
              property,
              entry.getValue(),
              name + " is no hook of " + event
                  + (hooks.isEmpty() ? ", which has no hooks" : didYouMean(name, candidates))
                  + "; list simple or fully qualified class names of the event's hooks");
        }
        matches.forEach(hook -> off.add(new Off(event, hook)));
      }
    }
    return off;
  }

  /** Switches {@code off} off in {@code builder}. */
  static void apply(List<Off> off, HookRuntime.Builder builder, ClassLoader loader) {
    for (Off hook : off) {
      try {
        builder.disable(hook.event(), Class.forName(hook.hook(), false, loader));
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(
            "Hookwire: the hook " + hook.hook() + " of " + hook.event()
                + " is not on the class path: rebuild the application (a clean build)",
            e);
      }
    }
  }

  /** The hooks of {@code event} in every wiring that has it; null when none has it. */
  private static Set<String> hooksOf(String event, Wirings wirings) {
    Set<String> hooks = null;
    for (Wirings.Wiring wiring : wirings.all()) {
      List<String> of = wiring.hooksByEvent().get(event);
      if (of != null) {
        hooks = hooks == null ? new LinkedHashSet<>() : hooks;
        hooks.addAll(of);
      }
    }
    return hooks;
  }

  private static String simpleName(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }

  /** {@code " (did you mean X?)"}, or nothing when there is no candidate. */
  private static String didYouMean(String wanted, java.util.Collection<String> candidates) {
    return Closest.to(wanted, candidates)
        .map(best -> " (did you mean " + best + "?)")
        .orElse("");
  }
}
