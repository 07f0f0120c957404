package dev.hookwire.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hookwire.auth.User;
import dev.hookwire.it.live.AfterUserCreate;
import dev.hookwire.it.live.AuditTrail;
import dev.hookwire.it.live.HookWiring;
import dev.hookwire.it.live.ProvisionWorkspace;
import dev.hookwire.it.live.RetiredMailer;
import dev.hookwire.it.support.Steps;
import dev.hookwire.runtime.HookContext;
import dev.hookwire.runtime.HookListener;
import dev.hookwire.runtime.HookRuntime;
import dev.hookwire.runtime.HookSwitch;
import dev.hookwire.runtime.HookTestKit;
import dev.hookwire.runtime.HookTrace;
import dev.hookwire.runtime.WiringDescription.HookInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Live switches through the {@code HookWiring} generated for {@code dev.hookwire.it.live}: a
 * dispatch runs with one state of the switches, the one current when it started.
 */
class LiveSwitchesTest {
  private static final String EVENT = "after-user-create";
  private static final Instant NOW = Instant.parse("2025-01-01T09:00:00Z");
  private static final User USER = new User("u1", "Ada", "ada@example.com", false, null, NOW, NOW);

  private final HookRuntime runtime =
      HookRuntime.builder().listener(HookListener.none()).build();
  private final HookWiring hooks = new HookWiring(runtime);

  /** Dispatches once with its own {@link Steps}; returns the hooks that ran. */
  private List<Class<?>> dispatch() {
    Steps steps = new Steps();
    hooks.afterUserCreate(
        USER, HookContext.builder().service(Steps.class, steps).build());
    return steps.ran();
  }

  @Test
  void aSwitchTakesEffectOnTheNextDispatch() {
    assertEquals(
        List.of(AfterUserCreate.class, AuditTrail.class, ProvisionWorkspace.class), dispatch());

    runtime.switchOff(EVENT, AuditTrail.class);
    assertEquals(List.of(AfterUserCreate.class, ProvisionWorkspace.class), dispatch());

    runtime.switchOn(EVENT, AuditTrail.class);
    assertEquals(
        List.of(AfterUserCreate.class, AuditTrail.class, ProvisionWorkspace.class), dispatch());
  }

  @Test
  void aDispatchAlreadyRunningFinishesAsItStarted() throws Exception {
    Steps steps = new Steps().pausingAfter(AfterUserCreate.class);
    ExecutorService thread = Executors.newSingleThreadExecutor();
    try {
      Future<?> running = thread.submit(() -> hooks.afterUserCreate(
          USER, HookContext.builder().service(Steps.class, steps).build()));
      steps.awaitPaused();

      runtime.switchHooks(
          HookSwitch.off(EVENT, AuditTrail.class), HookSwitch.off(EVENT, ProvisionWorkspace.class));
      assertEquals(
          List.of(AfterUserCreate.class), dispatch(), "the next dispatch sees the switches");
      steps.resume();
      running.get(10, TimeUnit.SECONDS);
    } finally {
      thread.shutdownNow();
    }

    assertEquals(
        List.of(AfterUserCreate.class, AuditTrail.class, ProvisionWorkspace.class), steps.ran());
  }

  /**
   * Two states, switched atomically over and over: {AuditTrail on, ProvisionWorkspace off} and
   * the reverse. Every dispatch, on any thread, runs exactly one of the two: never both, never
   * neither, which a dispatch seeing half a switch would.
   */
  @Test
  void everyDispatchSeesOneStateOfTheSwitchesWhileTheyChange() throws Exception {
    runtime.switchOff(EVENT, ProvisionWorkspace.class);
    int dispatchers = 4;
    ExecutorService pool = Executors.newFixedThreadPool(dispatchers + 1);
    AtomicBoolean switching = new AtomicBoolean(true);
    Map<List<Class<?>>, Integer> seen = new ConcurrentHashMap<>();
    CountDownLatch go = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    try {
      Future<Integer> switcher = pool.submit(() -> {
        go.await();
        int switches = 0;
        for (; switches < 20_000; switches++) {
          boolean audit = switches % 2 == 1;
          runtime.switchHooks(
              new HookSwitch(EVENT, AuditTrail.class.getName(), audit),
              new HookSwitch(EVENT, ProvisionWorkspace.class.getName(), !audit));
        }
        switching.set(false);
        return switches;
      });
      for (int t = 0; t < dispatchers; t++) {
        done.add(pool.submit(() -> {
          go.await();
          while (switching.get()) {
            seen.merge(dispatch(), 1, Integer::sum);
          }
          return null;
        }));
      }
      go.countDown();
      assertEquals(20_000, switcher.get(60, TimeUnit.SECONDS));
      for (Future<?> f : done) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    List<Class<?>> auditing = List.of(AfterUserCreate.class, AuditTrail.class);
    List<Class<?>> provisioning = List.of(AfterUserCreate.class, ProvisionWorkspace.class);
    assertEquals(
        List.of(),
        seen.keySet().stream()
            .filter(s -> !s.equals(auditing) && !s.equals(provisioning))
            .toList(),
        "every dispatch ran one state: " + seen);
    assertTrue(
        seen.containsKey(auditing) && seen.containsKey(provisioning), "both states ran: " + seen);
  }

  @Test
  void describeShowsTheLiveState() {
    runtime.switchOff(EVENT, AuditTrail.class);

    Map<String, Optional<String>> states = new java.util.TreeMap<>();
    hooks.describe().events().stream()
        .filter(e -> e.name().equals(EVENT))
        .flatMap(e -> e.hooks().stream())
        .forEach(h -> states.put(h.type().substring(h.type().lastIndexOf('.') + 1), h.disabled()));

    assertEquals(
        Map.of(
            "AfterUserCreate", Optional.empty(),
            "AuditTrail", Optional.of("switched off at run time"),
            "ProvisionWorkspace", Optional.empty(),
            "RetiredMailer", Optional.of("@Disabled: the mailer moved to the outbox")),
        states);
    runtime.switchOn(EVENT, AuditTrail.class);
    assertTrue(hooks.describe().events().stream()
        .filter(e -> e.name().equals(EVENT))
        .flatMap(e -> e.hooks().stream())
        .filter(h -> h.type().equals(AuditTrail.class.getName()))
        .allMatch(HookInfo::enabled));
  }

  @Test
  void aSwitchNamingNoHookNamesTheClosestAndAnUncreatedHookCannotBeSwitchedOn() {
    IllegalArgumentException misspelt = assertThrows(
        IllegalArgumentException.class,
        () -> runtime.switchHooks(new HookSwitch(EVENT, "dev.hookwire.it.live.AuditTrial", false)));
    assertEquals(
        "HookRuntime.switchOff(\"after-user-create\", AuditTrial.class) (dev.hookwire.it.live.AuditTrial)"
            + " names no hook of this runtime's wirings: did you mean"
            + " switchOff(\"after-user-create\", AuditTrail.class)?",
        misspelt.getMessage());

    IllegalArgumentException disabled = assertThrows(
        IllegalArgumentException.class, () -> runtime.switchOn(EVENT, RetiredMailer.class));
    assertTrue(
        disabled.getMessage().contains("remove @Disabled and rebuild"), disabled.getMessage());
  }

  @Test
  void theTestKitDryRunsWithLiveSwitches() {
    HookTestKit<HookWiring> kit = HookTestKit.of(HookWiring::new);
    HookContext ctx = HookContext.builder().service(Steps.class, new Steps()).build();

    HookTrace<Void> trace = kit.switching(HookSwitch.off(EVENT, AuditTrail.class))
        .dryRunVoid(h -> h.afterUserCreate(USER, ctx));

    assertEquals(List.of(AfterUserCreate.class, ProvisionWorkspace.class), trace.ran());
    assertEquals("switched off at run time", trace.skipped().get(AuditTrail.class));
    assertThrows(
        IllegalArgumentException.class,
        () -> kit.switching(HookSwitch.on(EVENT, RetiredMailer.class))
            .dryRunVoid(h -> h.afterUserCreate(USER, ctx)));
  }
}
