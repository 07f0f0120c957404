package dev.hookwire.console;

import dev.hookwire.runtime.DataRecordPatch;
import dev.hookwire.runtime.DurableRecorder;
import dev.hookwire.runtime.HookAbortedException;
import dev.hookwire.runtime.HookFailure;
import dev.hookwire.runtime.HookRejection;
import dev.hookwire.runtime.HookTrace;
import dev.hookwire.runtime.RecordingListener.Entry;
import dev.hookwire.runtime.WiringDescription;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A dry run's answer: one row per hook in the order it started or was skipped (what it returned,
 * or why it was skipped, or how it failed), the durable events it would have recorded, and what
 * the dispatcher returned or threw. A failure shows its exception's class name only, a rejection
 * its user message; the runtime's own reasons (a skip, a timeout) are shown as they are.
 */
final class DryRunTrace {
  /**
   * The dry run's {@link DurableRecorder}: it remembers what the dispatcher would have recorded,
   * and records nothing, so no durable hook is delivered.
   */
  static final class Recorder implements DurableRecorder {
    private final List<Map.Entry<String, List<String>>> recorded = new ArrayList<>();

    @Override
    public synchronized String record(String event, Object entity, List<String> hooks) {
      recorded.add(Map.entry(event, List.copyOf(hooks)));
      return "dry-run-" + recorded.size();
    }

    synchronized List<Map.Entry<String, List<String>>> recorded() {
      return List.copyOf(recorded);
    }
  }

  private final Set<String> durable = new HashSet<>();
  private final Recorder recorder;

  DryRunTrace(WiringDescription description, Recorder recorder) {
    description
        .events()
        .forEach(e -> e.hooks().stream()
            .filter(WiringDescription.HookInfo::durable)
            .forEach(h -> durable.add(e.name() + "/" + h.type())));
    this.recorder = recorder;
  }

  JsonNode write(String event, Method method, HookTrace<Object> trace) {
    ObjectNode answer = head(event, method);
    Map<String, ObjectNode> rows = new LinkedHashMap<>();
    for (Entry entry : trace.entries()) {
      String key = entry.event() + "/" + entry.hook().getName();
      ObjectNode row = rows.computeIfAbsent(key, k -> row(entry));
      describe(row, entry, durable.contains(key));
    }
    ArrayNode hooks = answer.putArray("hooks");
    rows.values().forEach(hooks::add);
    ArrayNode recorded = answer.putArray("recorded");
    for (Map.Entry<String, List<String>> one : recorder.recorded()) {
      ObjectNode node = recorded.addObject().put("event", one.getKey());
      one.getValue().forEach(node.putArray("hooks")::add);
    }
    answer.set("result", trace.result().map(DryRunTrace::json).orElse(null));
    answer.set("threw", trace.exception().map(DryRunTrace::threw).orElse(null));
    return answer;
  }

  /** The answer when the dry run's wiring could not be created: no hook ran. */
  static JsonNode notCreated(String event, Class<?> wiring, Method method, RuntimeException e) {
    ObjectNode answer = head(event, method);
    answer.putArray("hooks");
    answer.putArray("recorded");
    answer.putNull("result");
    answer
        .putObject("threw")
        .put("type", e.getClass().getName())
        .put(
            "message",
            "creating " + wiring.getSimpleName() + " for the dry run failed: a hook's"
                + " constructor or a dependency; the service's log of its startup says which");
    return answer;
  }

  private static ObjectNode head(String event, Method method) {
    return ConsoleJson.MAPPER
        .createObjectNode()
        .put("event", event)
        .put("dispatched", method.getDeclaringClass().getSimpleName() + "." + method.getName());
  }

  private static ObjectNode row(Entry entry) {
    return ConsoleJson.MAPPER
        .createObjectNode()
        .put("event", entry.event())
        .put("hook", entry.hook().getName())
        .put("name", entry.hook().getSimpleName());
  }

  private static void describe(ObjectNode row, Entry entry, boolean durable) {
    switch (entry.outcome()) {
      case STARTED -> row.put("outcome", "ran");
      case SUCCEEDED -> {
        row.put("outcome", durable ? "recorded" : "ran");
        if (entry.result() != null && !durable) {
          row.set("returned", json(entry.result()));
        }
        took(row, entry);
      }
      case SKIPPED -> row.put("outcome", "skipped").put("reason", entry.reason());
      case TIMED_OUT -> {
        row.put("outcome", "timed-out").put("reason", entry.reason());
        row.put("consequence", entry.failure().consequence().description());
        took(row, entry);
      }
      case FAILED -> failed(row, entry.failure());
    }
  }

  private static void failed(ObjectNode row, HookFailure failure) {
    if (failure.isRejection()) {
      row.put("outcome", "rejected")
          .put("userMessage", ((HookRejection) failure.exception().orElseThrow()).userMessage());
    } else {
      row.put("outcome", "failed");
      failure
          .exception()
          .ifPresentOrElse(
              e -> row.put("exception", e.getClass().getName()),
              // No exception: the runtime's own reason (a null result), which holds no text of the
              // hook's.
              () -> row.put("reason", failure.reason()));
    }
    row.put("consequence", failure.consequence().description());
  }

  private static void took(ObjectNode row, Entry entry) {
    if (entry.duration() != null) {
      row.put("tookMicros", entry.duration().toNanos() / 1_000);
    }
  }

  /** The dispatcher's exception: its class; the message of a HookAbortedException only. */
  private static JsonNode threw(Throwable thrown) {
    ObjectNode node =
        ConsoleJson.MAPPER.createObjectNode().put("type", thrown.getClass().getName());
    if (thrown instanceof HookAbortedException aborted) {
      // Its message names the event, the hook and the class of the hook's exception, by contract.
      node.put("message", aborted.getMessage());
      node.put("userMessage", aborted.userMessage().orElse(null));
    }
    return node;
  }

  /**
   * A value a hook or the dispatcher returned, as JSON: a record, a map, a list as they are; a
   * patch (which has no getters) as its text, {@code UserPatch{name=Ada}}.
   */
  static JsonNode json(Object value) {
    if (isPatch(value)) {
      return ConsoleJson.MAPPER.getNodeFactory().stringNode(value.toString());
    }
    try {
      return ConsoleJson.MAPPER.valueToTree(value);
    } catch (RuntimeException notData) {
      // Not data Jackson can write (or a getter that throws): what it says of itself, or its class.
      try {
        return ConsoleJson.MAPPER.getNodeFactory().stringNode(String.valueOf(value));
      } catch (RuntimeException unprintable) {
        return ConsoleJson.MAPPER
            .getNodeFactory()
            .stringNode("a " + value.getClass().getName());
      }
    }
  }

  private static boolean isPatch(Object value) {
    if (value instanceof DataRecordPatch) {
      return true;
    }
    boolean applies = false;
    boolean stops = false;
    for (Method method : value.getClass().getMethods()) {
      applies |= method.getName().equals("applyTo") && method.getParameterCount() == 1;
      stops |= method.getName().equals("stopsChain") && method.getParameterCount() == 0;
    }
    return applies && stops;
  }
}
