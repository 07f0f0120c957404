package dev.hookwire.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.hookwire.auth.AuthHooks;
import dev.hookwire.bench.fixtures.HookSources;
import dev.hookwire.bench.fixtures.StartupFixture;
import dev.hookwire.bench.startup.ClassGraphStartup;
import dev.hookwire.bench.startup.ConstructStartup;
import dev.hookwire.bench.startup.ScannedHooks;
import dev.hookwire.bench.startup.SpringStartup;
import dev.hookwire.bench.startup.WiringStartup;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The startup and compile benchmarks' fixtures compile, with and without the processor, and every
 * startup way finds every hook. Small sizes: not a benchmark; it runs in {@code mvn verify}.
 */
class StartupFixtureTest {
  @TempDir
  Path dir;

  @Test
  void authShapeSpreadsHooksOverThreeAfterEvents() throws Exception {
    StartupFixture fixture = StartupFixture.build(dir, HookSources.Shape.AUTH, 12);

    assertNotNull(ConstructStartup.start(fixture));
    assertInstanceOf(AuthHooks.class, WiringStartup.start(fixture));
    ScannedHooks scanned = ClassGraphStartup.start(fixture);
    assertEquals(12, scanned.count());
    assertEquals(4, scanned.hooksOf("after-user-create").size());
    assertEquals(4, scanned.hooksOf("after-login").size());
    try (SpringStartup.Started spring = SpringStartup.start(fixture)) {
      assertEquals(12, spring.hooks().count());
      assertEquals(4, spring.hooks().hooksOf("after-session-create").size());
    }
  }

  @Test
  void eventsShapeHasOneEventPerHook() throws Exception {
    StartupFixture fixture = StartupFixture.build(dir, HookSources.Shape.EVENTS, 12);

    assertNotNull(ConstructStartup.start(fixture));
    Object wiring = WiringStartup.start(fixture);
    assertEquals(
        fixture.sources().basePackage() + ".catalog.Events",
        wiring.getClass().getInterfaces()[0].getName());
    ScannedHooks scanned = ClassGraphStartup.start(fixture);
    assertEquals(12, scanned.count());
    assertEquals(1, scanned.hooksOf("event0012").size());
    try (SpringStartup.Started spring = SpringStartup.start(fixture)) {
      assertEquals(12, spring.hooks().count());
    }
  }
}
