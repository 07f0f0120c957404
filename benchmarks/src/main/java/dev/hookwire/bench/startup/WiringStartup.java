package dev.hookwire.bench.startup;

import dev.hookwire.bench.fixtures.StartupFixture;
import dev.hookwire.runtime.HookRuntime;

/**
 * Hookwire: {@code new HookWiring(HookRuntime.defaults())}. The class is loaded by name only
 * because it was compiled after this benchmark; that one reflective call is also in the
 * baseline's cost.
 */
public final class WiringStartup {
  private WiringStartup() {}

  public static Object start(StartupFixture fixture) throws ReflectiveOperationException {
    Class<?> wiring =
        fixture.newLoader(fixture.wiredJar()).loadClass(fixture.sources().wiringClass());
    return wiring.getConstructor(HookRuntime.class).newInstance(HookRuntime.defaults());
  }
}
