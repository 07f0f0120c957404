package dev.hookwire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hookwire.runtime.MissingHookDependenciesException.Missing;
import dev.hookwire.runtime.internal.Arguments;
import dev.hookwire.runtime.internal.Dispatch;
import dev.hookwire.runtime.internal.HookSite;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

final class HookDependenciesTest {
  static final class AfterUserCreate {}

  static final class AuditSignup {}

  static final class LegacyAudit {}

  static final HookSite CREATE =
      HookSite.of("after-user-create", AfterUserCreate.class).needs(Clock.class, Runnable.class);
  static final HookSite AUDIT =
      HookSite.of("after-user-create", AuditSignup.class).needs(Runnable.class);
  static final HookSite LEGACY = HookSite.of("after-user-create", LegacyAudit.class)
      .disabledBecause("old")
      .needs(Executor.class);

  private static Dispatch declared(HookRuntime runtime, HookSite... sites) {
    Dispatch dispatch = Sites.at(runtime);
    for (HookSite site : sites) {
      dispatch.declare(site);
    }
    dispatch.ready();
    return dispatch;
  }

  @Test
  void ofFindsEachValueByItsKeyAndNothingElse() {
    Clock clock = Clock.systemUTC();
    HookDependencies dependencies = HookDependencies.of(Map.of(Clock.class, clock));
    assertSame(clock, dependencies.find(Clock.class).orElseThrow());
    assertEquals(Optional.empty(), dependencies.find(Runnable.class));
  }

  @Test
  void ofRefusesAValueThatIsNotAnInstanceOfItsKey() {
    IllegalArgumentException e = assertThrows(
        IllegalArgumentException.class, () -> HookDependencies.of(Map.of(Clock.class, "utc")));
    assertEquals(
        "HookDependencies.of: the value for java.time.Clock is a java.lang.String, not a java.time.Clock",
        e.getMessage());
  }

  @Test
  void fromAsksTheLookupAndTakesNullForMissing() {
    Runnable task = () -> {};
    HookDependencies dependencies =
        HookDependencies.from(type -> type == Runnable.class ? task : null);
    assertSame(task, dependencies.find(Runnable.class).orElseThrow());
    assertEquals(Optional.empty(), dependencies.find(Clock.class));
    ClassCastException e = assertThrows(
        ClassCastException.class, () -> HookDependencies.from(type -> "text").find(Clock.class));
    assertEquals(
        "HookDependencies.from: the lookup returned a java.lang.String for java.time.Clock",
        e.getMessage());
  }

  @Test
  void noneHasNothing() {
    assertEquals(Optional.empty(), HookDependencies.none().find(Clock.class));
  }

  @Test
  void argumentsLooksEachTypeUpOnceForTheEnabledHooksOnly() {
    List<Class<?>> asked = new ArrayList<>();
    Runnable task = () -> {};
    Dispatch dispatch = declared(HookRuntime.defaults(), CREATE, AUDIT, LEGACY);
    Arguments arguments = dispatch.arguments(HookDependencies.from(type -> {
      asked.add(type);
      return type == Runnable.class ? task : Clock.systemUTC();
    }));
    // Runnable once for two hooks; the @Disabled hook's Executor never.
    assertEquals(List.of(Clock.class, Runnable.class), asked);
    assertSame(task, arguments.get(Runnable.class));
    assertThrows(IllegalStateException.class, () -> arguments.get(Executor.class));
  }

  @Test
  void everyMissingDependencyIsReportedAtOnceNamingHookAndType() {
    Dispatch dispatch = declared(HookRuntime.defaults(), CREATE, AUDIT, LEGACY);
    MissingHookDependenciesException e = assertThrows(
        MissingHookDependenciesException.class, () -> dispatch.arguments(HookDependencies.none()));
    assertEquals(
        List.of(
            new Missing(AfterUserCreate.class, Clock.class),
            new Missing(AfterUserCreate.class, Runnable.class),
            new Missing(AuditSignup.class, Runnable.class)),
        e.missing());
    assertEquals(
        "HookWiring of dev.hookwire.test cannot create 2 hooks: AfterUserCreate needs java.time.Clock and"
            + " java.lang.Runnable; AuditSignup needs java.lang.Runnable (HookDependencies has none of them)",
        e.getMessage());
    assertTrue(e instanceof IllegalStateException);
  }

  @Test
  void aTypeTakenTwiceIsMissingOnce() {
    HookSite twice =
        HookSite.of("after-user-create", AuditSignup.class).needs(Clock.class, Clock.class);
    Dispatch dispatch = declared(HookRuntime.defaults(), twice);
    MissingHookDependenciesException e = assertThrows(
        MissingHookDependenciesException.class, () -> dispatch.arguments(HookDependencies.none()));
    assertEquals(List.of(new Missing(AuditSignup.class, Clock.class)), e.missing());
  }

  @Test
  void aHookSwitchedOffAtStartupNeedsNothing() {
    HookRuntime runtime = HookRuntime.builder()
        .disable("after-user-create", AfterUserCreate.class)
        .build();
    Dispatch dispatch = declared(runtime, CREATE, AUDIT);
    MissingHookDependenciesException e = assertThrows(
        MissingHookDependenciesException.class,
        () -> dispatch.arguments(HookDependencies.of(Map.of(Clock.class, Clock.systemUTC()))));
    assertEquals(
        "HookWiring of dev.hookwire.test cannot create 1 hook: AuditSignup needs java.lang.Runnable"
            + " (HookDependencies has none)",
        e.getMessage());
  }

  @Test
  void describeListsEachHooksDependencies() {
    Dispatch dispatch = declared(HookRuntime.defaults(), CREATE, AUDIT);
    WiringDescription.EventInfo info =
        dispatch.describe("after-user-create", WiringDescription.Kind.AFTER, null, CREATE, AUDIT);
    assertEquals(
        List.of("java.time.Clock", "java.lang.Runnable"), info.hooks().get(0).dependencies());
    assertEquals(List.of("java.lang.Runnable"), info.hooks().get(1).dependencies());
  }
}
