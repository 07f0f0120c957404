/**
 * Test hooks for versions, compiled by the Hookwire processor during {@code test-compile}:
 * before-user-create has one hook in two versions, {@link GateSignup} (version 1, live at startup)
 * and {@link GateSignupStrict} (version 2), and {@link NormalizeName}, which is no version. Each
 * tells the dispatch's {@link dev.hookwire.it.support.Steps} it ran.
 */
@HookPackage
package dev.hookwire.it.versions;

import dev.hookwire.annotations.HookPackage;
