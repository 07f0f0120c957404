package dev.hookwire.processor.writing;

import dev.hookwire.processor.Names;
import dev.hookwire.processor.model.Event;
import dev.hookwire.processor.model.Hook;
import dev.hookwire.processor.model.Kind;
import dev.hookwire.processor.writing.WiringPlan.FilterRef;
import dev.hookwire.processor.writing.WiringPlan.HookRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The plan of one dispatcher method: a base event with its virtual events, each a {@link
 * Segment} of {@link Slot}s, one per hook in run order, each knowing up front whether an earlier
 * hook may have stopped the chain and whether it may stop it itself.
 */
final class EventPlan {
  /**
   * One hook of the method.
   *
   * @param index its position among all the method's hooks, from 0: in the chain constant too
   * @param mayBeStopped whether an earlier hook of its segment may have stopped the chain
   * @param setsStop whether it may stop the chain: it returns a patch and others follow it
   * @param transformHelper the helper method that runs it, for an enabled transform hook
   */
  record Slot(
      HookRef ref,
      Event of,
      int index,
      boolean mayBeStopped,
      boolean setsStop,
      String transformHelper) {
    Hook hook() {
      return ref.hook();
    }
  }

  /**
   * The base event, or one virtual event, of the method.
   *
   * @param filter the virtual event's filter, null for the base event or one without enabled hooks
   * @param stoppedBefore whether a hook before this virtual event may have stopped the chain
   * @param parts the helper methods holding its hook calls, when the method is in parts
   * @param skippedParts the helper methods reporting its hooks skipped, when the method is in parts
   */
  record Segment(
      Event event,
      List<Slot> slots,
      FilterRef filter,
      boolean stoppedBefore,
      List<String> parts,
      List<String> skippedParts) {}

  final Event base;
  final List<Segment> segments = new ArrayList<>();
  /** Every hook of the method, virtual events' included, in run order. */
  final List<HookRef> chain = new ArrayList<>();
  /** Whether the method keeps a current value that hooks replace or patch. */
  final boolean merges;
  /** Whether a chain stop must be tracked: a hook that can stop has another after it. */
  final boolean tracksStop;
  /** Whether the hooks go in helper methods of {@link Limits#HOOKS_PER_METHOD}. */
  final boolean inParts;
  /** The constant listing {@link #chain}, for the skip reports of an abort; null when none. */
  final String chainConstant;

  EventPlan(WiringPlan plan, Event base, List<Event> virtuals) {
    this.base = base;
    List<Event> events = new ArrayList<>();
    events.add(base);
    events.addAll(virtuals);
    events.forEach(e -> plan.wiring.hooksOf(e).forEach(h -> chain.add(plan.ref(h))));
    int total = chain.size();
    boolean before = base.kind() == Kind.BEFORE;
    this.merges =
        base.kind() == Kind.TRANSFORM || (before && chain.stream().anyMatch(EventPlan::canStop));
    this.tracksStop =
        before && chain.subList(0, Math.max(0, total - 1)).stream().anyMatch(EventPlan::canStop);
    this.inParts = !before && total > Limits.HOOKS_PER_METHOD;
    this.chainConstant = before && total > 1
        ? plan.newMember(
            Names.kebab(base.method()).replace('-', '_').toUpperCase(Locale.ROOT) + "_CHAIN")
        : null;
    int index = 0;
    boolean stoppedSoFar = false;
    for (Event event : events) {
      boolean enabled =
          plan.wiring.hooksOf(event).stream().anyMatch(h -> h.disabled().isEmpty());
      FilterRef filter = event.isVirtual() && enabled ? plan.filter(event) : null;
      // Inside a virtual event's block the chain runs: only its own hooks can have stopped it.
      boolean stopped = filter == null && stoppedSoFar;
      List<Slot> slots = new ArrayList<>();
      for (Hook hook : plan.wiring.hooksOf(event)) {
        boolean setsStop = before && canStop(plan.ref(hook)) && index < total - 1;
        String helper = base.kind() == Kind.TRANSFORM && hook.disabled().isEmpty()
            ? plan.newMethod("transformWith" + hook.type().simpleName())
            : null;
        slots.add(new Slot(plan.ref(hook), event, index, stopped, setsStop, helper));
        stopped |= setsStop;
        index++;
      }
      List<String> parts = partNames(plan, event, "Part", slots.size());
      List<String> skippedParts =
          filter == null ? List.of() : partNames(plan, event, "Skipped", slots.size());
      segments.add(new Segment(event, slots, filter, stoppedSoFar, parts, skippedParts));
      stoppedSoFar |= stopped;
    }
  }

  private List<String> partNames(WiringPlan plan, Event event, String part, int hooks) {
    List<String> names = new ArrayList<>();
    for (int i = 0; inParts && i * Limits.HOOKS_PER_METHOD < hooks; i++) {
      names.add(plan.newMethod(Names.camel(event.name()) + part + (i + 1)));
    }
    return names;
  }

  /** Whether the hook may stop a before-event's chain: it runs and returns a patch. */
  private static boolean canStop(HookRef ref) {
    return ref.enabled() && ref.hook().returnsValue();
  }
}
