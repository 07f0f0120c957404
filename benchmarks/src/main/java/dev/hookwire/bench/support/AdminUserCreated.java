package dev.hookwire.bench.support;

import dev.hookwire.auth.User;
import dev.hookwire.runtime.HookContext;

/**
 * The event-bus form of the virtual {@code after-admin-user-create}: the buses cannot filter one
 * event into another, so the host tests the filter once and posts this second event.
 */
public record AdminUserCreated(User user, HookContext ctx) {}
