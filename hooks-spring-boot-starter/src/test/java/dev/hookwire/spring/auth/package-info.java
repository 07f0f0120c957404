/**
 * The test hooks package of the built-in auth catalog: a before-hook that rejects blocked
 * domains, an inline after-hook, an async after-hook ({@link AuditSignup}) that sleeps {@code
 * Calls.asyncDelayMillis()} first, and a timed transform that fails or overruns on demand.
 */
@HookPackage
package dev.hookwire.spring.auth;

import dev.hookwire.annotations.HookPackage;
