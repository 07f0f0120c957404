package dev.hookwire.runtime;

import dev.hookwire.runtime.internal.Closest;
import dev.hookwire.runtime.internal.HookSite;
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
 */
final class LiveSwitches {
  /** A wiring: its declared hooks, and where its new snapshots go (null until it can switch). */
  static final class Wiring {
    private final Map<String, HookSite> sites = new LinkedHashMap<>();
    private Consumer<Predicate<HookSite>> publish;

    private Wiring(List<HookSite> declared) {
      declared.forEach(s -> sites.put(s.key(), s));
    }
  }

  private final HookRuntime runtime;
  private final List<Wiring> wirings = new CopyOnWriteArrayList<>();
  /** The keys ({@link HookSite#key()}) of the hooks switched off at run time. */
  private volatile Set<String> off = Set.of();

  LiveSwitches(HookRuntime runtime) {
    this.runtime = runtime;
  }

  /** A wiring declared its hooks; returns its handle for {@link #attach}. */
  Wiring register(List<HookSite> declared) {
    Wiring wiring = new Wiring(declared);
    wirings.add(wiring);
    return wiring;
  }

  /**
   * The wiring publishes its snapshots through {@code publish}; it gets the current state at
   * once when one of its hooks is switched off.
   */
  synchronized void attach(Wiring wiring, Consumer<Predicate<HookSite>> publish) {
    wiring.publish = publish;
    Set<String> now = off;
    if (wiring.sites.keySet().stream().anyMatch(now::contains)) {
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
   * Applies {@code switches} together, then tells the listener of each.
   *
   * @throws IllegalArgumentException before anything changes, when one names no hook (naming the
   *     closest) or switches on a hook that was never created
   */
  synchronized void apply(List<HookSwitch> switches) {
    Set<String> next = new HashSet<>(off);
    Set<Wiring> touched = new HashSet<>();
    for (HookSwitch change : switches) {
      List<Wiring> holding = wiringsOf(change);
      if (change.on()) {
        refuseUncreated(change, holding.get(0).sites.get(change.key()));
        next.remove(change.key());
      } else {
        next.add(change.key());
      }
      touched.addAll(holding);
    }
    Set<String> now = Set.copyOf(next);
    off = now;
    for (Wiring wiring : touched) {
      if (wiring.publish != null) {
        wiring.publish.accept(site -> now.contains(site.key()));
      }
    }
    switches.forEach(runtime::reportSwitched);
  }

  /** The wirings that hold the hook of {@code change} (several when one package is wired twice). */
  private List<Wiring> wiringsOf(HookSwitch change) {
    List<Wiring> holding =
        wirings.stream().filter(w -> w.sites.containsKey(change.key())).toList();
    if (!holding.isEmpty()) {
      return holding;
    }
    Map<String, String> calls = new LinkedHashMap<>();
    for (Wiring wiring : wirings) {
      wiring
          .sites
          .values()
          .forEach(s -> calls.put(
              s.key(), new HookSwitch(s.event(), s.hook().getName(), change.on()).call()));
    }
    String hint = Closest.to(change.key(), calls.keySet())
        .map(k -> "did you mean " + calls.get(k) + "?")
        .orElse("it has no hooks");
    throw new IllegalArgumentException("HookRuntime." + change.call() + " (" + change.hook()
        + ") names no hook of this runtime's wirings: " + hint);
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
