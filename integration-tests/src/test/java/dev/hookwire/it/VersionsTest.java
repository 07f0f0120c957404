package dev.hookwire.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hookwire.auth.User;
import dev.hookwire.it.support.Steps;
import dev.hookwire.it.versions.GateSignup;
import dev.hookwire.it.versions.GateSignupStrict;
import dev.hookwire.it.versions.HookWiring;
import dev.hookwire.it.versions.NormalizeName;
import dev.hookwire.runtime.HookChange;
import dev.hookwire.runtime.HookChange.Action;
import dev.hookwire.runtime.HookContext;
import dev.hookwire.runtime.HookFailure;
import dev.hookwire.runtime.HookListener;
import dev.hookwire.runtime.HookRuntime;
import dev.hookwire.runtime.HookSwitch;
import dev.hookwire.runtime.WiringDescription.VersionInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Versions of a hook through the {@code HookWiring} generated for {@code dev.hookwire.it.versions}:
 * one version live at a time, the build's at startup; deploy and rollback switch atomically and
 * are recorded.
 */
class VersionsTest {
  private static final String EVENT = "before-user-create";
  private static final String GATE = GateSignup.class.getName();
  private static final Instant NOW = Instant.parse("2025-01-01T09:00:00Z");
  private static final User USER = new User("u1", "Ada", "ada@example.com", false, null, NOW, NOW);

  private final List<Object> heard = new CopyOnWriteArrayList<>();
  private final HookRuntime runtime = HookRuntime.builder()
      .listener(new HookListener() {
        @Override
        public void hookFailed(HookFailure failure) {}

        @Override
        public void hookSwitched(HookSwitch change) {
          heard.add(change);
        }

        @Override
        public void hookChanged(HookChange change) {
          heard.add(change);
        }
      })
      .build();
  private final HookWiring hooks = new HookWiring(runtime);

  private List<Class<?>> signUp() {
    Steps steps = new Steps();
    hooks.beforeUserCreate(
        USER, HookContext.builder().service(Steps.class, steps).build());
    return steps.ran();
  }

  @Test
  void theBuildsLiveVersionRunsAndTheOtherShipsDark() {
    assertEquals(List.of(NormalizeName.class, GateSignup.class), signUp());
    assertEquals(Map.of(EVENT + "/" + GATE, "1"), runtime.liveVersions());
    Map<String, Optional<String>> states = new java.util.TreeMap<>();
    hooks.describe().events().get(0).hooks().forEach(h -> states.put(h.type(), h.disabled()));
    assertEquals(
        Optional.of("version 2, not live (version 1 is)"),
        states.get(GateSignupStrict.class.getName()));
    assertEquals(Optional.empty(), states.get(GATE));
  }

  @Test
  void describeGivesEachVersionItsHookAndWhetherItIsLiveNow() {
    assertEquals(
        Map.of(
            NormalizeName.class.getName(),
            Optional.empty(),
            GATE,
            Optional.of(new VersionInfo(GATE, "1", true)),
            GateSignupStrict.class.getName(),
            Optional.of(new VersionInfo(GATE, "2", false))),
        versions());
    assertTrue(hooks.describe().toString().contains(GATE + ", version 1 (live)"));

    runtime.deploy(EVENT, GateSignup.class, "2", "ada", "stricter sign-up checks");

    assertEquals(
        Map.of(
            NormalizeName.class.getName(),
            Optional.empty(),
            GATE,
            Optional.of(new VersionInfo(GATE, "1", false)),
            GateSignupStrict.class.getName(),
            Optional.of(new VersionInfo(GATE, "2", true))),
        versions());
    assertTrue(hooks
        .describe()
        .toString()
        .contains(GateSignupStrict.class.getName() + ", version 2 (live) of " + GATE));
  }

  private Map<String, Optional<VersionInfo>> versions() {
    Map<String, Optional<VersionInfo>> versions = new java.util.TreeMap<>();
    hooks.describe().events().get(0).hooks().forEach(h -> versions.put(h.type(), h.version()));
    return versions;
  }

  @Test
  void deployMakesAnotherVersionLiveAndRollbackReturnsToThePreviousOne() {
    HookChange deployed =
        runtime.deploy(EVENT, GateSignup.class, "2", "ada", "stricter sign-up checks");

    assertEquals(List.of(NormalizeName.class, GateSignupStrict.class), signUp());
    assertEquals(Action.DEPLOY, deployed.action());
    assertEquals(
        List.of("1", "2", "ada", "stricter sign-up checks"),
        List.of(deployed.from(), deployed.to(), deployed.by(), deployed.why()));
    assertEquals(
        List.of(
            HookSwitch.off(EVENT, GateSignup.class),
            HookSwitch.on(EVENT, GateSignupStrict.class),
            deployed),
        heard,
        "the listener hears the switches, then the change");

    HookChange rolledBack = runtime.rollback(EVENT, GATE, "grace", "too many rejected sign-ups");

    assertEquals(List.of(NormalizeName.class, GateSignup.class), signUp());
    assertEquals(
        List.of(Action.ROLLBACK, "2", "1", "grace"),
        List.of(rolledBack.action(), rolledBack.from(), rolledBack.to(), rolledBack.by()));
    assertEquals(List.of(deployed, rolledBack), runtime.history());
    assertTrue(!rolledBack.at().isBefore(deployed.at()));
    assertEquals(Map.of(EVENT + "/" + GATE, "1"), runtime.liveVersions());
  }

  @Test
  void badDeploysNameTheClosestAndChangeNothing() {
    IllegalArgumentException version = assertThrows(
        IllegalArgumentException.class,
        () -> runtime.deploy(EVENT, GateSignup.class, "3", "ada", "x"));
    assertEquals(
        "HookRuntime.deploy(\"before-user-create\", \"" + GATE + "\", \"3\", ..): hook " + GATE
            + " has no version 3; its versions are 1, 2. did you mean 1?",
        version.getMessage());
    IllegalArgumentException hook = assertThrows(
        IllegalArgumentException.class,
        () -> runtime.deploy("before-user-craete", GateSignup.class, "2", "ada", "x"));
    assertTrue(
        hook.getMessage()
            .endsWith("names no versioned hook of this runtime's wirings: did you mean"
                + " \"before-user-create\", \"" + GATE + "\"?"),
        hook.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> runtime.deploy(EVENT, GateSignup.class, "2", " ", "x"));
    IllegalStateException nothing = assertThrows(
        IllegalStateException.class, () -> runtime.rollback(EVENT, GateSignup.class, "ada", "x"));
    assertTrue(
        nothing.getMessage().contains("nothing to roll back, version 1 has been live"),
        nothing.getMessage());

    assertEquals(List.of(NormalizeName.class, GateSignup.class), signUp());
    assertEquals(List.of(), runtime.history());
    assertEquals(List.of(), heard);
  }

  @Test
  void eachSwitchIsInTheHistoryWithWhoAndWhyAndARollbackSkipsThem() {
    runtime.switchHooks(
        List.of(
            HookSwitch.off(EVENT, NormalizeName.class),
            HookSwitch.off(EVENT, GateSignup.class),
            HookSwitch.on(EVENT, GateSignup.class)), // ends as it was: no entry for GateSignup
        "ada",
        "names arrive trimmed now");
    runtime.switchOff(EVENT, NormalizeName.class); // already off: no entry
    runtime.switchOn(EVENT, NormalizeName.class); // without who and why: recorded, both empty

    List<HookChange> history = runtime.history();
    assertEquals(
        List.of(
            List.of(
                Action.SWITCH_OFF,
                NormalizeName.class.getName(),
                "on",
                "off",
                "ada",
                "names arrive trimmed now"),
            List.of(Action.SWITCH_ON, NormalizeName.class.getName(), "off", "on", "", "")),
        history.stream()
            .map(c -> List.<Object>of(c.action(), c.hook(), c.from(), c.to(), c.by(), c.why()))
            .toList());

    // A switch, then a deploy, then a rollback: the rollback undoes the deploy, not the switch.
    runtime.switchOff(EVENT, NormalizeName.class);
    runtime.deploy(EVENT, GateSignup.class, "2", "ada", "stricter");
    HookChange rolledBack = runtime.rollback(EVENT, GateSignup.class, "grace", "too strict");
    assertEquals(List.of("2", "1"), List.of(rolledBack.from(), rolledBack.to()));
    assertEquals(List.of(GateSignup.class), signUp());
    assertEquals(Map.of(EVENT + "/" + GATE, "1"), runtime.liveVersions());

    IllegalArgumentException blank = assertThrows(
        IllegalArgumentException.class,
        () -> runtime.switchHooks(List.of(HookSwitch.on(EVENT, NormalizeName.class)), "ada", " "));
    assertEquals(
        "HookRuntime.switchHooks(.., by, why): 'why' must say why, for the history",
        blank.getMessage());
  }

  @Test
  void aVersionThatIsNotLiveCannotBeSwitchedOnOnlyDeployed() {
    IllegalArgumentException e = assertThrows(
        IllegalArgumentException.class, () -> runtime.switchOn(EVENT, GateSignupStrict.class));
    assertTrue(
        e.getMessage().contains("is version 2 of hook " + GATE + ", whose live version is 1"),
        e.getMessage());
    assertEquals(List.of(NormalizeName.class, GateSignup.class), signUp());
  }

  @Test
  void aSecondWiringOfTheRuntimeStartsWithTheVersionLiveNow() {
    runtime.deploy(EVENT, GateSignup.class, "2", "ada", "stricter");

    HookWiring second = new HookWiring(runtime);
    Steps steps = new Steps();
    second.beforeUserCreate(
        USER, HookContext.builder().service(Steps.class, steps).build());

    assertEquals(List.of(NormalizeName.class, GateSignupStrict.class), steps.ran());
  }
}
