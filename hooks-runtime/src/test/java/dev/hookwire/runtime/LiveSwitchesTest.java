package dev.hookwire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hookwire.runtime.internal.Dispatch;
import dev.hookwire.runtime.internal.HookSite;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The runtime's side of live switches, with a wiring made by hand: what the generated wiring
 * hands the runtime ({@link Dispatch#switchable}) and gets back (a predicate per publication).
 * The generated side is proven in integration-tests ({@code LiveSwitchesTest}).
 */
final class LiveSwitchesTest {
  static final class AuditSignup {}

  static final class SendWelcome {}

  static final class Retired {}

  static final HookSite AUDIT = HookSite.of("after-user-create", AuditSignup.class);
  static final HookSite WELCOME = HookSite.of("after-user-create", SendWelcome.class);
  static final HookSite RETIRED =
      HookSite.of("after-user-create", Retired.class).disabledBecause("gone");

  /** What a wiring made by hand saw: each publication, as the set of sites it was told are off. */
  static final class Wiring {
    final Dispatch dispatch;
    final List<Set<HookSite>> published = new CopyOnWriteArrayList<>();

    Wiring(HookRuntime runtime) {
      dispatch = Sites.at(runtime);
      for (HookSite site : List.of(AUDIT, WELCOME, RETIRED)) {
        dispatch.declare(site);
      }
      dispatch.ready();
      dispatch.switchable(off -> published.add(offOf(off)));
    }

    static Set<HookSite> offOf(Predicate<HookSite> off) {
      return List.of(AUDIT, WELCOME, RETIRED).stream().filter(off).collect(Collectors.toSet());
    }

    Set<HookSite> last() {
      return published.get(published.size() - 1);
    }
  }

  private final List<HookSwitch> heard = new CopyOnWriteArrayList<>();
  private final HookRuntime runtime = HookRuntime.builder()
      .listener(new HookListener() {
        @Override
        public void hookFailed(HookFailure failure) {}

        @Override
        public void hookSwitched(HookSwitch change) {
          heard.add(change);
        }
      })
      .build();

  @Test
  void switchesOfOneCallArePublishedTogetherInOneSnapshotAndTheListenerHearsEach() {
    Wiring wiring = new Wiring(runtime);
    assertEquals(List.of(), wiring.published, "nothing off: the wiring keeps its first snapshot");

    runtime.switchOff("after-user-create", AuditSignup.class);
    runtime.switchHooks(
        HookSwitch.on("after-user-create", AuditSignup.class),
        HookSwitch.off("after-user-create", SendWelcome.class));

    assertEquals(List.of(Set.of(AUDIT), Set.of(WELCOME)), wiring.published);
    assertEquals(Set.of(WELCOME.key()), runtime.switchedOff());
    assertEquals(
        List.of(
            HookSwitch.off("after-user-create", AuditSignup.class),
            HookSwitch.on("after-user-create", AuditSignup.class),
            HookSwitch.off("after-user-create", SendWelcome.class)),
        heard);
  }

  @Test
  void aWiringCreatedAfterASwitchStartsWithIt() {
    new Wiring(runtime);
    runtime.switchOff("after-user-create", SendWelcome.class);

    Wiring second = new Wiring(runtime);

    assertEquals(List.of(Set.of(WELCOME)), second.published);
  }

  @Test
  void aSwitchNamingNoHookChangesNothingAndNamesTheClosest() {
    Wiring wiring = new Wiring(runtime);

    IllegalArgumentException e = assertThrows(
        IllegalArgumentException.class,
        () -> runtime.switchHooks(
            HookSwitch.off("after-user-create", AuditSignup.class),
            HookSwitch.off("after-user-craete", SendWelcome.class)));

    assertEquals(
        "HookRuntime.switchOff(\"after-user-craete\", SendWelcome.class) ("
            + SendWelcome.class.getName() + ") names no hook of this runtime's wirings: did you"
            + " mean switchOff(\"after-user-create\", SendWelcome.class)?",
        e.getMessage());
    assertEquals(List.of(), wiring.published, "the valid switch before it is not applied either");
    assertEquals(Set.of(), runtime.switchedOff());
    assertEquals(List.of(), heard);
  }

  @Test
  void aHookNeverCreatedCannotBeSwitchedOn() {
    new Wiring(runtime);
    IllegalArgumentException disabled = assertThrows(
        IllegalArgumentException.class, () -> runtime.switchOn("after-user-create", Retired.class));
    assertTrue(
        disabled.getMessage().contains("is @Disabled(\"gone\"), so the wiring never created it"),
        disabled.getMessage());

    HookRuntime offAtStartup =
        HookRuntime.builder().disable("after-user-create", AuditSignup.class).build();
    new Wiring(offAtStartup);
    IllegalArgumentException startup = assertThrows(
        IllegalArgumentException.class,
        () -> offAtStartup.switchOn("after-user-create", AuditSignup.class));
    assertTrue(
        startup.getMessage().contains("was disabled at startup, so the wiring never created it"),
        startup.getMessage());
  }

  @Test
  void describeAndTheSkipReasonSayASwitchedOffHookWasSwitchedOffAtRunTime() {
    RecordingListener recorder = new RecordingListener();
    HookRuntime traced = HookRuntime.builder().listener(recorder).build();
    Wiring wiring = new Wiring(traced);
    traced.switchOff("after-user-create", AuditSignup.class);

    List<Optional<String>> reasons = wiring
        .dispatch
        .describe("after-user-create", WiringDescription.Kind.AFTER, null, AUDIT, WELCOME)
        .hooks()
        .stream()
        .map(WiringDescription.HookInfo::disabled)
        .toList();
    wiring.dispatch.skipped(AUDIT);

    assertEquals(List.of(Optional.of("switched off at run time"), Optional.empty()), reasons);
    assertEquals("switched off at run time", recorder.entries().get(0).reason());
    traced.switchOn("after-user-create", AuditSignup.class);
    assertEquals(
        Optional.empty(),
        wiring
            .dispatch
            .describe("after-user-create", WiringDescription.Kind.AFTER, null, AUDIT)
            .hooks()
            .get(0)
            .disabled());
  }

  @Test
  void concurrentSwitchesAreNeverLost() throws Exception {
    Wiring wiring = new Wiring(runtime);
    int threads = 8;
    int rounds = 500;
    List<Class<?>> hooks = List.of(AuditSignup.class, SendWelcome.class);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    try {
      for (int t = 0; t < threads; t++) {
        Class<?> hook = hooks.get(t % hooks.size());
        boolean endOff = t < hooks.size(); // one thread per hook ends with it off
        done.add(pool.submit(() -> {
          go.await();
          for (int i = 0; i < rounds; i++) {
            runtime.switchOff("after-user-create", hook);
            runtime.switchOn("after-user-create", hook);
          }
          return null;
        }));
        if (endOff) {
          done.add(pool.submit(() -> {
            go.await();
            for (int i = 0; i < rounds; i++) {
              runtime.switchOn("after-user-create", hook);
            }
            return null;
          }));
        }
      }
      go.countDown();
      for (Future<?> f : done) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    runtime.switchOff("after-user-create", AuditSignup.class);

    int expected = threads * rounds * 2 + hooks.size() * rounds + 1;
    assertEquals(expected, heard.size(), "the listener heard every switch");
    assertEquals(Set.of(AUDIT.key()), runtime.switchedOff());
    assertEquals(Set.of(AUDIT), wiring.last(), "the last publication is the last state");
  }

  @Test
  void runtimesSharingAStoreAgreeAndOneBuiltLaterStartsWithTheirState() throws Exception {
    HookStateStore store = HookStateStore.inMemory();
    HookRuntime first =
        HookRuntime.builder().listener(HookListener.none()).store(store).build();
    HookRuntime second = HookRuntime.builder()
        .listener(HookListener.none())
        .store(store)
        .pollEvery(java.time.Duration.ofMillis(20))
        .build();
    try (first;
        second) {
      new Wiring(first);
      Wiring other = new Wiring(second);

      first.switchOff("after-user-create", AuditSignup.class);

      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (other.published.isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertEquals(List.of(Set.of(AUDIT)), other.published, "the poller published the change");
      assertEquals(Set.of(AUDIT.key()), second.switchedOff());
      try (HookRuntime restarted =
          HookRuntime.builder().listener(HookListener.none()).store(store).build()) {
        assertEquals(List.of(Set.of(AUDIT)), new Wiring(restarted).published);
      }
    }
  }
}
