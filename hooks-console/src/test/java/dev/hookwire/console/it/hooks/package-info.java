/**
 * The console tests' hooks, wired by the processor at test-compile time: before-user-create has
 * one hook in two versions ({@link GateSignup} live, {@link GateSignupStrict} dark);
 * after-user-create an async hook and a durable one; after-login a timed one; after-session-create
 * one that fails with a secret in its message; before-login a {@code @Disabled} one;
 * transform-custom-user-data one that adds a claim.
 */
@HookPackage
package dev.hookwire.console.it.hooks;

import dev.hookwire.annotations.HookPackage;
