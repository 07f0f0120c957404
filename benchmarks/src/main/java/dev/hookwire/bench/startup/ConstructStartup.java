package dev.hookwire.bench.startup;

import dev.hookwire.bench.fixtures.StartupFixture;
import java.lang.reflect.InvocationTargetException;

/** The baseline: load and construct every hook class, nothing else. */
public final class ConstructStartup {
  private ConstructStartup() {}

  /** A new {@code AllHooks}: one field per hook, each initialised with {@code new}. */
  public static Object start(StartupFixture fixture) throws ReflectiveOperationException {
    Class<?> all =
        fixture.newLoader(fixture.wiredJar()).loadClass(fixture.sources().baselineClass());
    try {
      return all.getDeclaredConstructor().newInstance();
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(e.getCause());
    }
  }
}
