package dev.hookwire.runtime;

import java.util.Objects;

/**
 * One live switch: a hook of an event, named by its class's qualified name, switched on or off
 * while the service runs. Apply several at once with {@link HookRuntime#switchHooks}, or one with
 * {@link HookRuntime#switchOn} / {@link HookRuntime#switchOff}; the listener hears each one
 * ({@link HookListener#hookSwitched}).
 *
 * @param event the event, in kebab-case
 * @param hook the hook class's qualified name
 * @param on true to switch it on, false to switch it off
 */
public record HookSwitch(String event, String hook, boolean on) {

  public HookSwitch {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(hook, "hook");
  }

  /** Switches {@code hook} of {@code event} on. */
  public static HookSwitch on(String event, Class<?> hook) {
    return new HookSwitch(event, hook.getName(), true);
  }

  /** Switches {@code hook} of {@code event} off. */
  public static HookSwitch off(String event, Class<?> hook) {
    return new HookSwitch(event, hook.getName(), false);
  }

  /** {@code event/fully.qualified.Hook}, as the runtime keys its hooks. */
  String key() {
    return event + "/" + hook;
  }

  /** {@code switchOn("after-user-create", AuditSignup.class)}: how a message names this switch. */
  String call() {
    return (on ? "switchOn" : "switchOff") + "(\"" + event + "\", "
        + hook.substring(Math.max(hook.lastIndexOf('.'), hook.lastIndexOf('$')) + 1) + ".class)";
  }
}
