/**
 * Test hooks that prove each event kind's contract through the generated {@code HookWiring}:
 * compiled by the Hookwire processor during {@code test-compile}. Every top-level class here is a
 * hook; what they share with the tests ({@link dev.hookwire.it.support.Probe}) lives elsewhere.
 *
 * <ul>
 *   <li>before-user-create, in run order: {@link BeforeUserCreate} (trims the name), {@link
 *       GateSignup} (changes nothing, throws when told to), {@link NormalizeEmail} (lowercases the
 *       email), {@link DefaultAvatar} (sets an image from the merged name and email; takes no
 *       context); {@link LegacyEmailCheck} is disabled.
 *   <li>after-user-create, in run order: {@link AfterUserCreate}, {@link AuditTrail}, {@link
 *       ProvisionWorkspace} (the last two have the same order: by class name); {@link
 *       LegacyMailer} is disabled.
 *   <li>transform-custom-user-data, in run order: {@link AddPlan}, {@link AddRegion}.
 * </ul>
 */
@HookPackage
package dev.hookwire.it.kinds;

import dev.hookwire.annotations.HookPackage;
