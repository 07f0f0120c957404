/**
 * Test hooks for live switches, compiled by the Hookwire processor during {@code test-compile}:
 * after-user-create runs {@link AfterUserCreate}, {@link AuditTrail}, {@link ProvisionWorkspace}
 * in that order; {@link RetiredMailer} is {@code @Disabled}. Each hook tells the dispatch's {@link
 * dev.hookwire.it.support.Steps} it ran (and may wait there).
 */
@HookPackage
package dev.hookwire.it.live;

import dev.hookwire.annotations.HookPackage;
