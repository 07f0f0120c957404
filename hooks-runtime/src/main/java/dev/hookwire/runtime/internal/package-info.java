/**
 * Not for applications: what the generated {@code HookWiring} calls. Public only because the
 * wiring lives in the application's hooks package; it may change in any release without notice,
 * and nothing here is needed to use Hookwire.
 */
package dev.hookwire.runtime.internal;
