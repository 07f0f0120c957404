package dev.hookwire.bench.support;

import dev.hookwire.auth.User;
import dev.hookwire.runtime.HookContext;

/** The event-bus form of {@code after-user-create}. */
public record UserCreated(User user, HookContext ctx) {}
