package dev.hookwire.demo;

import dev.hookwire.runtime.DurableRecorder;
import dev.hookwire.runtime.HookContext;
import dev.hookwire.runtime.HookFailure;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the hooks did during one request, for the demo to show: each demo hook adds a line when it
 * runs, {@link DemoServer}'s listener adds the failures the runtime reports, and {@link
 * #tracingDurable} the {@code @Durable} hooks the dispatcher recorded. The server sends
 * the lines back in {@code Hookwire-Trace} response headers. Thread-safe.
 *
 * <p>The runtime reports only failures to a {@code HookListener} today; once it also reports each
 * hook's start and result, the listener alone can fill this and the hooks need not.
 */
public final class HookTrace {
  private static final HookTrace NONE = new HookTrace();

  private final List<String> lines = new CopyOnWriteArrayList<>();

  /** The trace of the request a hook runs in; a trace that keeps nothing when the host gave none. */
  public static HookTrace of(HookContext ctx) {
    return ctx.findService(HookTrace.class).orElse(NONE);
  }

  /** A hook ran: {@code "after-user-create AfterUserCreate: provisioned org_..."}. */
  public void ran(String event, Class<?> hook, String what) {
    if (this != NONE) {
      lines.add(event + " " + hook.getSimpleName() + ": " + what);
    }
  }

  /**
   * {@code ctx} whose {@link DurableRecorder} (from {@code outbox.context(connection, ctx)}) also
   * adds a line per durable hook it records: {@code "after-user-create AfterUserCreate: recorded
   * durable as event <id>, runs after commit"}.
   *
   * @throws IllegalStateException if {@code ctx} has no recorder
   */
  public HookContext tracingDurable(HookContext ctx) {
    if (this == NONE) {
      return ctx;
    }
    DurableRecorder recorder = ctx.findService(DurableRecorder.class)
        .orElseThrow(() -> new IllegalStateException("No DurableRecorder in the context"));
    DurableRecorder tracing = (event, entity, hooks) -> {
      String eventId = recorder.record(event, entity, hooks);
      for (String hook : hooks) {
        lines.add(event + " " + hook.substring(hook.lastIndexOf('.') + 1)
            + ": recorded durable as event " + eventId + ", runs after commit");
      }
      return eventId;
    };
    return ctx.toBuilder().service(DurableRecorder.class, tracing).build();
  }

  /** A hook failed, as the runtime reported it. */
  public void failed(HookFailure failure) {
    if (this != NONE) {
      String what = failure.isRejection()
          ? "rejected: " + failure.exception().orElseThrow().getMessage()
          : "FAILED, " + failure.reason() + " (" + failure.consequence().description() + ")";
      lines.add(failure.event() + " " + failure.hook().getSimpleName() + ": " + what);
    }
  }

  public List<String> lines() {
    return List.copyOf(lines);
  }
}
