package dev.hookwire.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hookwire.runtime.HookChange;
import dev.hookwire.runtime.HookListener;
import dev.hookwire.runtime.HookRuntime;
import dev.hookwire.runtime.HookState;
import dev.hookwire.runtime.HookSwitch;
import dev.hookwire.runtime.internal.Dispatch;
import dev.hookwire.runtime.internal.HookSite;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JDBC store on H2 and PostgreSQL: what it stores comes back, a stale save is refused, and two
 * runtimes on one database (two instances of a service) agree on the hooks within their poll
 * interval, as does a runtime started later (a restarted instance).
 */
class JdbcHookStateStoreTest {
  static final class GateSignup {}

  static final class GateSignupStrict {}

  static final class AuditSignup {}

  static final String FAMILY = GateSignup.class.getName();
  static final HookSite GATE =
      HookSite.of("before-user-create", GateSignup.class).version(FAMILY, "1", true);
  static final HookSite STRICT =
      HookSite.of("before-user-create", GateSignupStrict.class).version(FAMILY, "2", false);
  static final HookSite AUDIT = HookSite.of("after-user-create", AuditSignup.class);

  /** What a generated wiring hands the runtime, by hand: it keeps the last sites told off. */
  static final class Wiring {
    final AtomicReference<Predicate<HookSite>> off = new AtomicReference<>(site -> false);

    Wiring(HookRuntime runtime) {
      Dispatch dispatch = runtime.dispatchFor(JdbcHookStateStoreTest.class.getPackageName());
      List.of(GATE, STRICT, AUDIT).forEach(dispatch::declare);
      dispatch.ready();
      dispatch.switchable(off::set);
    }

    boolean runs(HookSite site) {
      return !off.get().test(site);
    }
  }

  private static HookRuntime instance(DataSource database) {
    return HookRuntime.builder()
        .listener(HookListener.none())
        .store(JdbcHookStateStore.create(database))
        .pollEvery(Duration.ofMillis(100))
        .build();
  }

  private static void eventually(BooleanSupplier condition, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within 5 s: " + what);
      }
      Thread.sleep(20);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void whatIsStoredComesBackAndAStaleSaveIsRefused(String kind) throws Exception {
    JdbcHookStateStore store = JdbcHookStateStore.create(Databases.of(kind));
    HookChange change = new HookChange(
        Instant.ofEpochMilli(1_700_000_000_000L),
        HookChange.Action.DEPLOY,
        "before-user-create",
        FAMILY,
        "1",
        "2",
        "ada",
        "stricter checks");
    HookState first = new HookState(
        1, Set.of(GATE.key()), Map.of("before-user-create/" + FAMILY, "2"), List.of(change));

    assertTrue(store.load().isEmpty());
    assertTrue(store.save(first));
    assertEquals(first, store.load().orElseThrow());
    assertFalse(store.save(first), "revision 1 again: another instance stored it");
    HookState second = new HookState(2, Set.of(), Map.of(), List.of(change, change));
    assertTrue(store.save(second));
    assertFalse(store.save(new HookState(2, Set.of(AUDIT.key()), Map.of(), List.of())));
    assertEquals(second, store.load().orElseThrow());
    assertTrue(JdbcHookStateStore.create(Databases.of(kind)).load().isEmpty(), "a fresh database");
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void twoInstancesOnOneDatabaseAgreeAndARestartedOneStartsWhereTheyLeftOff(String kind)
      throws Exception {
    DataSource database = Databases.of(kind);
    try (HookRuntime first = instance(database);
        HookRuntime second = instance(database)) {
      Wiring one = new Wiring(first);
      Wiring two = new Wiring(second);
      assertTrue(two.runs(GATE) && !two.runs(STRICT), "the build's live version");

      first.switchHooks(
          List.of(HookSwitch.off("after-user-create", AuditSignup.class)), "grace", "too noisy");
      eventually(() -> !two.runs(AUDIT), "the second instance switches AuditSignup off");
      HookChange switched = first.history().get(0);
      assertEquals(
          List.of(HookChange.Action.SWITCH_OFF, AuditSignup.class.getName(), "on", "off", "grace"),
          List.of(
              switched.action(), switched.hook(), switched.from(), switched.to(), switched.by()));

      HookChange deployed =
          second.deploy("before-user-create", GateSignup.class, "2", "ada", "stricter");
      eventually(() -> one.runs(STRICT) && !one.runs(GATE), "the first instance runs version 2");
      assertEquals(List.of(switched, deployed), first.history());
      assertEquals(Map.of("before-user-create/" + FAMILY, "2"), first.liveVersions());

      HookChange rolledBack =
          first.rollback("before-user-create", GateSignup.class, "grace", "rejects too many");
      eventually(
          () -> two.runs(GATE) && !two.runs(STRICT), "the second instance is back on version 1");
      assertEquals(List.of(switched, deployed, rolledBack), second.history());
    }
    try (HookRuntime restarted = instance(database)) {
      Wiring three = new Wiring(restarted);
      assertFalse(three.runs(AUDIT), "still switched off after the restart");
      assertTrue(three.runs(GATE) && !three.runs(STRICT));
      assertEquals(3, restarted.history().size());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2"})
  void aChangeRacingAnotherInstancesIsRefusedAndTheWinnersStateAdopted(String kind)
      throws Exception {
    DataSource database = Databases.of(kind);
    JdbcHookStateStore store = JdbcHookStateStore.create(database);
    try (HookRuntime first = HookRuntime.builder()
            .listener(HookListener.none())
            .store(store)
            .pollEvery(Duration.ofHours(1))
            .build();
        HookRuntime second = instance(database)) {
      Wiring one = new Wiring(first);
      new Wiring(second);
      first.switchOff("after-user-create", AuditSignup.class); // revision 1
      // The second instance stores revision 2 behind the first's back...
      second.switchOn("after-user-create", AuditSignup.class);
      // ...and the first, which refreshes before each change, sees it instead of overwriting it.
      first.switchOff("before-user-create", GateSignup.class);
      assertEquals(Set.of(STRICT.key(), GATE.key()), store.load().orElseThrow().off());
      assertTrue(one.runs(AUDIT));
      assertThrows(
          IllegalArgumentException.class,
          () -> first.switchOn("before-user-create", GateSignupStrict.class));
    }
  }
}
