/**
 * The hooks of the end-to-end test of durable hooks: a sign-up whose durable after-user-create
 * hook provisions the user's workspace.
 */
@HookPackage
package dev.hookwire.outbox.it.hooks;

import dev.hookwire.annotations.HookPackage;
