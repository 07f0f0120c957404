package dev.hookwire.processor;

import dev.hookwire.processor.model.Hook;
import dev.hookwire.processor.model.HookVersion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * The rules of {@code @Version}, over a package's valid hooks: a version names the first version
 * of a hook of its own event ({@code of}); the versions of a hook have different ids; exactly one
 * of them is live. Each error is on the {@code @Version} at fault: the one naming no hook, the
 * later (by class name) of two with one id, the second live one, or the first version's when none
 * is live.
 */
final class VersionChecks {
  private VersionChecks() {}

  static void check(List<Hook> hooks, Map<Hook, TypeElement> elements, Report report) {
    // The hooks, by "event/first version's simple name", the first version first.
    Map<String, List<Hook>> versions = new TreeMap<>();
    Map<String, List<String>> firstsByEvent = new HashMap<>();
    List<Hook> sorted = hooks.stream()
        .filter(h -> h.version().isPresent())
        .sorted(Comparator.comparing(h -> h.type().canonicalName()))
        .toList();
    for (Hook hook : sorted) {
      if (isFirst(hook)) {
        versions.computeIfAbsent(key(hook), k -> new ArrayList<>()).add(0, hook);
        firstsByEvent.computeIfAbsent(hook.event(), e -> new ArrayList<>()).add(name(hook));
      }
    }
    for (Hook hook : sorted) {
      if (isFirst(hook)) {
        continue;
      }
      List<Hook> family = versions.get(key(hook));
      if (family == null) {
        report.add(
            elements.get(hook), mirror(elements.get(hook)), unknown(hook, hooks, firstsByEvent));
      } else {
        family.add(hook);
      }
    }
    versions.values().forEach(family -> checkFamily(family, elements, report));
  }

  private static Message.Text unknown(
      Hook hook, List<Hook> hooks, Map<String, List<String>> firstsByEvent) {
    String of = hook.version().orElseThrow().of();
    Optional<Hook> unversioned = hooks.stream()
        .filter(h -> name(h).equals(of) && h.event().equals(hook.event()))
        .findFirst();
    String hint = unversioned
        .map(h -> " " + of + " is a hook of " + h.event() + " without @Version: give it"
            + " @Version(value = \"1\", live = true) to make it the first version.")
        .orElseGet(() -> Names.closest(of, firstsByEvent.getOrDefault(hook.event(), List.of()))
            .map(c -> " Did you mean \"" + c + "\"?")
            .orElse(""));
    return Message.VERSION_OF_UNKNOWN.with(of, name(hook), hook.event(), hint);
  }

  private static void checkFamily(
      List<Hook> family, Map<Hook, TypeElement> elements, Report report) {
    Hook first = family.get(0);
    Map<String, Hook> byId = new LinkedHashMap<>();
    Hook live = null;
    for (Hook hook : family) {
      HookVersion version = hook.version().orElseThrow();
      TypeElement type = elements.get(hook);
      Hook same = byId.putIfAbsent(version.id(), hook);
      if (same != null) {
        report.add(
            type,
            mirror(type),
            Message.VERSION_DUPLICATE_ID.with(version.id(), name(hook), name(same), name(first)));
      }
      if (version.live()) {
        if (live == null) {
          live = hook;
        } else {
          report.add(
              type,
              mirror(type),
              Message.VERSION_TWO_LIVE.with(version.id(), name(hook), name(live), name(first)));
        }
      }
    }
    if (live == null) {
      List<String> ids = family.stream()
          .map(h -> h.version().orElseThrow().id() + " (" + name(h) + ")")
          .toList();
      TypeElement type = elements.get(first);
      report.add(
          type,
          mirror(type),
          Message.VERSION_NONE_LIVE.with(name(first), first.event(), String.join(", ", ids)));
    }
  }

  private static boolean isFirst(Hook hook) {
    return hook.version().orElseThrow().of().equals(name(hook));
  }

  private static String key(Hook hook) {
    return hook.event() + "/" + hook.version().orElseThrow().of();
  }

  private static String name(Hook hook) {
    return hook.type().simpleName();
  }

  private static AnnotationMirror mirror(TypeElement type) {
    return Annotations.find(type, TypeNames.VERSION).orElseThrow();
  }
}
