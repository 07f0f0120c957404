package dev.hookwire.runtime;

import dev.hookwire.runtime.internal.Closest;
import dev.hookwire.runtime.internal.HookSite;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The hooks of one runtime's wirings switched off while the service runs, and how a switch
 * reaches the wirings.
 *
 * <p>Each wiring that has hooks keeps them in an immutable snapshot held in one volatile field; a
 * dispatcher reads that field once, so a dispatch runs with the hooks it started with. A switch
 * is checked whole first (a bad one changes nothing), then, under one lock, the new set of
 * switched-off hooks is published to each wiring as a new snapshot (one volatile write each): the
 * switches of one call are seen together or not at all, and concurrent calls never lose each
 * other's switches. A dispatch reads one wiring, so it never sees half a call's switches.
 *
 * <p>Versions are switches too: every version of a hook but the live one is switched off, and a
 * deploy or rollback is one call that switches the live one off and the chosen one on, recorded in
 * the history. With a {@link HookStateStore}, each change is stored (a compare-and-set on the
 * revision) before it is published, and the store's newer state is adopted before each change and
 * whenever the runtime's poller calls {@link #refresh()}.
 */
final class LiveSwitches {
  /** A wiring: its declared hooks, and where its new snapshots go (null until it can switch). */
  static final class Wiring {
    private final List<HookSite> declared;
    /** {@link #declared} by key: built at the first switch, not at startup (keys cost per hook). */
    private Map<String, HookSite> sites;

    private Consumer<Predicate<HookSite>> publish;

    private Wiring(List<HookSite> declared) {
      this.declared = List.copyOf(declared);
    }

    /** Called only under the lock of {@link LiveSwitches}. */
    private Map<String, HookSite> sites() {
      if (sites == null) {
        Map<String, HookSite> byKey = new LinkedHashMap<>();
        declared.forEach(s -> byKey.put(s.key(), s));
        sites = byKey;
      }
      return sites;
    }
  }

  private final HookRuntime runtime;
  private final List<Wiring> wirings = new CopyOnWriteArrayList<>();
  /** The keys ({@link HookSite#key()}) of the hooks switched off at run time. */
  private volatile Set<String> off = Set.of();
  /** The live version of each versioned hook, by {@code event/first.version.Class}. */
  private final Map<String, String> liveVersions = new LinkedHashMap<>();
  /** Every deploy and rollback, oldest first. */
  private final List<HookChange> history = new ArrayList<>();
  /** Where the state is shared with other runtimes, or null when it lives here only. */
  private final HookStateStore store;
  /** The revision of the store's state this runtime has. */
  private long revision;

  LiveSwitches(HookRuntime runtime, HookStateStore store) {
    this.runtime = runtime;
    this.store = store;
  }

  /**
   * A wiring declared its hooks; returns its handle for {@link #attach}. A versioned hook new to
   * the runtime starts with the version the build marked live; every other version of it is
   * switched off (a second wiring of the package gets the version live now).
   */
  synchronized Wiring register(List<HookSite> declared) {
    refresh();
    Wiring wiring = new Wiring(declared);
    for (HookSite site : declared) {
      if (site.version() != null && site.version().live()) {
        liveVersions.putIfAbsent(family(site), site.version().id());
      }
    }
    wirings.add(wiring);
    off = withVersionsOff(off);
    return wiring;
  }

  /** {@code keys} and the key of every version of the wirings' hooks that is not live. */
  private Set<String> withVersionsOff(Set<String> keys) {
    Set<String> next = new HashSet<>(keys);
    for (Wiring wiring : wirings) {
      for (HookSite site : wiring.declared) {
        if (site.version() != null && !site.version().id().equals(liveVersions.get(family(site)))) {
          next.add(site.key());
        }
      }
    }
    return Set.copyOf(next);
  }

  /**
   * Adopts the store's state when another runtime stored a newer one: its switches, live
   * versions and history, published to every wiring. Called before each change, when a wiring
   * registers, and by the runtime's poller.
   */
  synchronized void refresh() {
    if (store == null) {
      return;
    }
    Optional<HookState> stored = store.load();
    if (stored.isEmpty() || stored.get().revision() == revision) {
      return;
    }
    HookState state = stored.get();
    liveVersions.putAll(state.liveVersions());
    history.clear();
    history.addAll(state.history());
    revision = state.revision();
    off = withVersionsOff(state.off());
    publishAll();
  }

  /**
   * Makes {@code next} the switched-off hooks and {@code versions} the live versions, appending
   * {@code added} to the history: stored first, when there is a store, then
   * published to every wiring.
   *
   * @throws IllegalStateException when another runtime stored a change first (its state is
   *     adopted, this one is not applied)
   */
  private void commit(Set<String> next, Map<String, String> versions, List<HookChange> added) {
    List<HookChange> changes = new ArrayList<>(history);
    changes.addAll(added);
    if (store != null) {
      HookState state = new HookState(revision + 1, next, versions, changes);
      if (!store.save(state)) {
        refresh();
        throw new IllegalStateException("Another instance of the service changed the hooks at the"
            + " same time, so this change was not applied; the hooks are now as it left them"
            + " (revision " + revision + "): look at them again and retry.");
      }
      revision = state.revision();
    }
    // A copy first: a switch passes liveVersions itself, which clear() would empty.
    Map<String, String> nextVersions = new LinkedHashMap<>(versions);
    liveVersions.clear();
    liveVersions.putAll(nextVersions);
    history.clear();
    history.addAll(changes);
    off = Set.copyOf(next);
    publishAll();
  }

  private void publishAll() {
    Set<String> now = off;
    for (Wiring wiring : wirings) {
      if (wiring.publish != null) {
        wiring.publish.accept(site -> now.contains(site.key()));
      }
    }
  }

  /** {@code event/first.version.Class}: how the runtime names a versioned hook. */
  private static String family(HookSite site) {
    return site.event() + "/" + site.version().hook();
  }

  /**
   * The wiring publishes its snapshots through {@code publish}; it gets the current state at
   * once when one of its hooks is switched off.
   */
  synchronized void attach(Wiring wiring, Consumer<Predicate<HookSite>> publish) {
    wiring.publish = publish;
    Set<String> now = off;
    if (!now.isEmpty() && wiring.sites().keySet().stream().anyMatch(now::contains)) {
      publish.accept(site -> now.contains(site.key()));
    }
  }

  boolean isOff(HookSite site) {
    Set<String> now = off;
    return !now.isEmpty() && now.contains(site.key());
  }

  /** The keys of the hooks switched off at run time. */
  Set<String> off() {
    return off;
  }

  /**
   * Applies {@code switches} together, records each change of a hook's state in the history (by
   * {@code by}, for {@code why}: both required when {@code named}, else empty), then tells the
   * listener of each.
   *
   * @throws IllegalArgumentException before anything changes, when one names no hook (naming the
   *     closest) or switches on a hook that was never created, or when {@code named} and {@code
   *     by} or {@code why} is blank
   */
  synchronized void apply(List<HookSwitch> switches, String by, String why, boolean named) {
    refresh();
    Set<String> next = switched(switches, null);
    if (named) {
      requireText(by, "by", "HookRuntime.switchHooks(.., by, why)");
      requireText(why, "why", "HookRuntime.switchHooks(.., by, why)");
    }
    commit(next, liveVersions, switchChanges(switches, next, by, why));
    switches.forEach(runtime::reportSwitched);
  }

  /**
   * The history's entries for {@code switches}: one per hook whose state they change (off before
   * and on in {@code next}, or the reverse), in the order of the hook's first switch.
   */
  private List<HookChange> switchChanges(
      List<HookSwitch> switches, Set<String> next, String by, String why) {
    Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    Map<String, HookSwitch> byKey = new LinkedHashMap<>();
    switches.forEach(s -> byKey.putIfAbsent(s.event() + "/" + s.hook(), s));
    List<HookChange> changes = new ArrayList<>();
    for (Map.Entry<String, HookSwitch> entry : byKey.entrySet()) {
      boolean wasOn = !off.contains(entry.getKey());
      boolean isOn = !next.contains(entry.getKey());
      if (wasOn != isOn) {
        HookSwitch s = entry.getValue();
        changes.add(new HookChange(
            at,
            isOn ? HookChange.Action.SWITCH_ON : HookChange.Action.SWITCH_OFF,
            s.event(),
            s.hook(),
            wasOn ? "on" : "off",
            isOn ? "on" : "off",
            by,
            why));
      }
    }
    return changes;
  }

  /**
   * The switched-off hooks after {@code switches}, which may switch on a version of {@code
   * deploying} (a hook, {@code event/first.version.Class}) only.
   *
   * @throws IllegalArgumentException as {@link #apply}
   */
  private Set<String> switched(List<HookSwitch> switches, String deploying) {
    Set<String> next = new HashSet<>(off);
    for (HookSwitch change : switches) {
      List<Wiring> holding = wiringsOf(change);
      if (change.on()) {
        HookSite site = holding.get(0).sites().get(change.key());
        refuseUncreated(change, site);
        if (site.version() != null && !family(site).equals(deploying)) {
          refuseOtherVersion(change, site);
        }
        next.remove(change.key());
      } else {
        next.add(change.key());
      }
    }
    return next;
  }

  /** The wirings that hold the hook of {@code change} (several when one package is wired twice). */
  private List<Wiring> wiringsOf(HookSwitch change) {
    List<Wiring> holding =
        wirings.stream().filter(w -> w.sites().containsKey(change.key())).toList();
    if (!holding.isEmpty()) {
      return holding;
    }
    Map<String, String> calls = new LinkedHashMap<>();
    for (Wiring wiring : wirings) {
      wiring.declared.forEach(s ->
          calls.put(s.key(), new HookSwitch(s.event(), s.hook().getName(), change.on()).call()));
    }
    String hint = Closest.to(change.key(), calls.keySet())
        .map(k -> "did you mean " + calls.get(k) + "?")
        .orElse("it has no hooks");
    throw new IllegalArgumentException("HookRuntime." + change.call() + " (" + change.hook()
        + ") names no hook of this runtime's wirings: " + hint);
  }

  /** Only the live version of a hook may be switched on: one version is live at a time. */
  private void refuseOtherVersion(HookSwitch change, HookSite site) {
    String live = liveVersions.get(family(site));
    if (!site.version().id().equals(live)) {
      throw new IllegalArgumentException("HookRuntime." + change.call() + ": " + change.hook()
          + " is version " + site.version().id() + " of hook " + site.version().hook()
          + ", whose live version is " + live + "; one version of a hook is live at a time, so"
          + " deploy it instead: HookRuntime.deploy(\"" + site.event() + "\", \""
          + site.version().hook() + "\", \"" + site.version().id() + "\", by, why)");
    }
  }

  /**
   * Makes version {@code id} of {@code hook} (its first version's class name) of {@code event}
   * live, switching the live one off, atomically, and records it in the history.
   *
   * @throws IllegalArgumentException before anything changes, naming the closest hook or version
   *     when one names none, or when the version was never created
   */
  synchronized HookChange deploy(
      HookChange.Action action, String event, String hook, String id, String by, String why) {
    refresh();
    String family = event + "/" + hook;
    String call = "HookRuntime." + action.name().toLowerCase(java.util.Locale.ROOT) + "(\"" + event
        + "\", \"" + hook + "\"" + (action == HookChange.Action.DEPLOY ? ", \"" + id + "\"" : "")
        + ", ..)";
    Map<String, HookSite> versions = versionsOrThrow(family, call);
    HookSite target = versions.get(id);
    if (target == null) {
      String hint =
          Closest.to(id, versions.keySet()).map(v -> " did you mean " + v + "?").orElse("");
      throw new IllegalArgumentException(call + ": hook " + hook + " has no version " + id
          + "; its versions are " + String.join(", ", versions.keySet()) + "." + hint);
    }
    requireText(by, "by", call);
    requireText(why, "why", call);
    String from = liveVersions.get(family);
    List<HookSwitch> switches = new ArrayList<>();
    HookSite current = versions.get(from);
    if (current != null && !from.equals(id)) {
      switches.add(new HookSwitch(event, current.hook().getName(), false));
    }
    switches.add(new HookSwitch(event, target.hook().getName(), true));
    Set<String> next = switched(switches, family);
    Map<String, String> live = new LinkedHashMap<>(liveVersions);
    live.put(family, id);
    // To the millisecond: what a store keeps, so that every instance has the same history.
    HookChange change = new HookChange(
        Instant.now().truncatedTo(ChronoUnit.MILLIS), action, event, hook, from, id, by, why);
    commit(next, live, List.of(change));
    switches.forEach(runtime::reportSwitched);
    runtime.reportChanged(change);
    return change;
  }

  /**
   * Makes the version live before {@code hook}'s last change live again, and records it.
   *
   * @throws IllegalStateException when the hook has not changed since the service started
   */
  synchronized HookChange rollback(String event, String hook, String by, String why) {
    refresh();
    Optional<HookChange> last = HookChange.lastVersionChange(history, event, hook);
    if (last.isPresent()) {
      return deploy(HookChange.Action.ROLLBACK, event, hook, last.get().from(), by, why);
    }
    versionsOrThrow(
        event + "/" + hook, "HookRuntime.rollback(\"" + event + "\", \"" + hook + "\", ..)");
    throw new IllegalStateException("HookRuntime.rollback(\"" + event + "\", \"" + hook
        + "\", ..): nothing to roll back, version " + liveVersions.get(event + "/" + hook)
        + " has been live since the service started");
  }

  synchronized List<HookChange> history() {
    return List.copyOf(history);
  }

  synchronized Map<String, String> liveVersions() {
    return Map.copyOf(liveVersions);
  }

  /** The live version's id when {@code site} is a version of a hook; else null. */
  synchronized String liveVersionOf(HookSite site) {
    return site.version() == null ? null : liveVersions.get(family(site));
  }

  /** {@link #versionsOf}, which must not be empty: else names the closest versioned hook. */
  private Map<String, HookSite> versionsOrThrow(String family, String call) {
    Map<String, HookSite> versions = versionsOf(family);
    if (versions.isEmpty()) {
      String hint = Closest.to(family, liveVersions.keySet())
          .map(k -> "did you mean \"" + k.substring(0, k.indexOf('/')) + "\", \""
              + k.substring(k.indexOf('/') + 1) + "\"?")
          .orElse("it has none");
      throw new IllegalArgumentException(
          call + " names no versioned hook of this runtime's wirings: " + hint);
    }
    return versions;
  }

  /** The versions of a hook, by id, in the order the wirings declared them. */
  private Map<String, HookSite> versionsOf(String family) {
    Map<String, HookSite> versions = new LinkedHashMap<>();
    for (Wiring wiring : wirings) {
      for (HookSite site : wiring.declared) {
        if (site.version() != null && family(site).equals(family)) {
          versions.putIfAbsent(site.version().id(), site);
        }
      }
    }
    return versions;
  }

  private static void requireText(String value, String name, String call) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(call + ": '" + name + "' must say "
          + (name.equals("by") ? "who" : "why") + ", for the history");
    }
  }

  /** A hook the wiring never created cannot be switched on: there is nothing to run. */
  private void refuseUncreated(HookSwitch change, HookSite site) {
    if (site.disabled() != null) {
      throw new IllegalArgumentException("HookRuntime." + change.call() + ": " + change.hook()
          + " is @Disabled(\"" + site.disabled() + "\"), so the wiring never created it; remove"
          + " @Disabled and rebuild to switch it at run time");
    }
    Optional<String> startup = runtime.offReason(site);
    if (startup.isPresent()) {
      throw new IllegalArgumentException("HookRuntime." + change.call() + ": " + change.hook()
          + " was " + startup.get() + ", so the wiring never created it; remove its switch-off"
          + " from the runtime's builder and restart to switch it at run time");
    }
  }
}
