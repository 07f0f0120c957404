package dev.hookwire.processor;

import dev.hookwire.processor.model.Event;
import dev.hookwire.processor.model.Hook;
import dev.hookwire.processor.model.Wiring;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes {@code META-INF/hookwire/<hooks package>.json}: the events of a wiring and their hooks in
 * run order with their policies, for tools and docs. The same facts, in the same words, as the
 * generated {@code describe()}: {@code null} where it has an empty {@code Optional} (no time
 * limit, not virtual, not disabled), the {@code @Disabled} reason as its skip report says it
 * ({@code "@Disabled: <reason>"}), tags sorted; minus what only the runtime knows (hooks switched
 * off at startup, the live version after a deploy: {@code "live"} is the build's choice).
 */
final class DescriptionWriter {
  private DescriptionWriter() {}

  static String path(Wiring wiring) {
    return "META-INF/hookwire/" + wiring.packageName() + ".json";
  }

  static String write(Wiring wiring) {
    StringBuilder json = new StringBuilder();
    json.append("{\n  \"hooksPackage\": ").append(string(wiring.packageName())).append(",\n");
    json.append("  \"catalogs\": [")
        .append(wiring.catalogs().stream()
            .map(c -> string(c.type().canonicalName()))
            .collect(Collectors.joining(", ")))
        .append("],\n");
    json.append("  \"events\": [");
    List<Event> events =
        wiring.catalogs().stream().flatMap(c -> c.events().stream()).toList();
    for (int e = 0; e < events.size(); e++) {
      Event event = events.get(e);
      json.append(e == 0 ? "\n" : ",\n")
          .append("    {\"name\": ")
          .append(string(event.name()))
          .append(", \"kind\": ")
          .append(string(event.kind().name().toLowerCase(Locale.ROOT)))
          .append(", \"virtualOf\": ")
          .append(event.base().map(DescriptionWriter::string).orElse("null"))
          .append(", \"tagged\": ")
          .append(event.tagged())
          .append(", \"hooks\": [");
      List<Hook> hooks = wiring.hooksOf(event);
      for (int h = 0; h < hooks.size(); h++) {
        Hook hook = hooks.get(h);
        json.append(h == 0 ? "\n" : ",\n")
            .append("      {\"type\": ")
            .append(string(hook.type().canonicalName()))
            .append(", \"order\": ")
            .append(hook.order())
            .append(", \"timeoutMillis\": ")
            .append(
                hook.timeoutIn(event).isPresent()
                    ? String.valueOf(hook.timeoutIn(event).getAsLong())
                    : "null")
            .append(", \"tags\": [")
            .append(hook.tags().stream()
                .sorted()
                .map(DescriptionWriter::string)
                .collect(Collectors.joining(", ")))
            .append("]")
            .append(", \"async\": ")
            .append(hook.async())
            .append(", \"durable\": ")
            .append(hook.durable())
            .append(", \"disabled\": ")
            .append(hook.disabled().map(why -> string("@Disabled: " + why)).orElse("null"))
            .append(", \"version\": ")
            .append(hook.version()
                .map(v -> "{\"hook\": " + string(hook.versionedHook().orElseThrow()) + ", \"id\": "
                    + string(v.id()) + ", \"live\": " + v.live() + "}")
                .orElse("null"))
            .append(", \"dependencies\": [")
            .append(hook.dependencies().stream()
                .map(t -> string(t.reflectionName()))
                .collect(Collectors.joining(", ")))
            .append("]")
            .append("}");
      }
      json.append(hooks.isEmpty() ? "]}" : "\n    ]}");
    }
    return json.append("\n  ]\n}\n").toString();
  }

  /** A JSON string literal. */
  static String string(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
