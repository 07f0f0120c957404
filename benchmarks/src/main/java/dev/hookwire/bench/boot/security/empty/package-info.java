/**
 * The security benchmark's empty hooks package: its {@code HookWiring} is an {@code AuthHooks}
 * with no hook, so the starter wires every Spring Security adapter and each event finds nothing
 * to run. It measures the adapters themselves.
 */
@HookPackage
package dev.hookwire.bench.boot.security.empty;

import dev.hookwire.annotations.HookPackage;
