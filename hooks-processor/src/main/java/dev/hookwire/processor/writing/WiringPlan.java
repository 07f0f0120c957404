package dev.hookwire.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.NameAllocator;
import dev.hookwire.processor.Names;
import dev.hookwire.processor.model.Catalog;
import dev.hookwire.processor.model.Event;
import dev.hookwire.processor.model.Hook;
import dev.hookwire.processor.model.Wiring;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Every name the wiring's writers use, decided before anything is written: each hook's site
 * constant and field, each virtual event's filter, the holder classes of a large wiring, and the
 * plan of each dispatcher method ({@link EventPlan}). The writers only read it.
 */
final class WiringPlan {
  /**
   * One hook as the generated code names it.
   *
   * @param site its {@code HookSite} constant as the wiring's methods refer to it ({@code
   *     AFTER_LOGIN}, or {@code Hooks1.AFTER_LOGIN} in a holder)
   * @param field its field in the wiring's snapshot class, as the wiring's methods refer to it
   *     after the snapshot ({@code afterLogin}, or {@code hooks1.afterLogin} in a holder), or null
   *     for a {@code @Disabled} hook, which has none
   * @param holder the index of its holder class, or -1 when it lives in the wiring itself
   */
  record HookRef(Hook hook, Event event, String site, String field, int holder) {
    boolean enabled() {
      return field != null;
    }
  }

  /**
   * A virtual event's filter.
   *
   * @param field the filter instance's field
   * @param site the {@code HookSite} constant that names it in reports
   */
  record FilterRef(Event event, ClassName type, String field, String site) {}

  /**
   * A nested class holding part of a large wiring's hooks.
   *
   * @param type its simple name
   * @param field the wiring's field holding its instance
   */
  record Holder(String type, String field, List<HookRef> hooks, int first) {}

  final Wiring wiring;
  final List<Event> events;
  /** Member names of the wiring: fields and constants, the holders' included. */
  private final NameAllocator members = new NameAllocator();
  /** Method names: the catalogs' methods are taken first, so that no helper overloads one. */
  private final NameAllocator methods = new NameAllocator();

  private final Map<Hook, HookRef> refs = new IdentityHashMap<>();

  private final Map<String, FilterRef> filters = new HashMap<>();
  final List<HookRef> hooks = new ArrayList<>();
  final List<Holder> holders = new ArrayList<>();
  final List<FilterRef> filterList = new ArrayList<>();
  final List<EventPlan> eventPlans = new ArrayList<>();
  final String dispatchField;
  /**
   * Whether a hook (a {@code @Disabled} one included) takes constructor arguments: then the
   * wiring's one constructor takes a {@code HookDependencies} too.
   */
  final boolean takesDependencies;
  /** The helper methods of {@code describe()}, when it is in parts; empty otherwise. */
  final List<String> describeParts = new ArrayList<>();
  /**
   * Whether the wiring creates hooks (one is not {@code @Disabled}): then it keeps them in a
   * snapshot of the nested class {@link #liveType}, in the volatile field {@link #liveField},
   * which each dispatcher reads once into a local of that name, so that live switches are atomic.
   */
  final boolean switchable;
  /** The snapshot class's simple name ({@code Live}), or null when the wiring is not switchable. */
  final String liveType;
  /** The wiring's volatile field with the current snapshot, and each dispatcher's local copy. */
  final String liveField;
  /**
   * The field with the snapshot of every hook created, whatever is switched off, for {@code
   * durableHooks()}; null when no enabled hook is {@code @Durable}.
   */
  final String allField;

  WiringPlan(Wiring wiring) {
    this.wiring = wiring;
    this.events = wiring.catalogs().stream().flatMap(c -> c.events().stream()).toList();
    this.dispatchField = members.newName("dispatch");
    events.forEach(e -> methods.newName(e.method()));
    methods.newName(GeneratedNames.DESCRIBE);
    methods.newName(GeneratedNames.DURABLE_HOOKS);
    List<Hook> all = events.stream().flatMap(e -> wiring.hooksOf(e).stream()).toList();
    this.takesDependencies = all.stream().anyMatch(h -> !h.dependencies().isEmpty());
    long enabled = all.stream().filter(h -> h.disabled().isEmpty()).count();
    if (enabled <= Limits.HOOKS_PER_HOLDER) {
      for (Event event : events) {
        for (Hook hook : wiring.hooksOf(event)) {
          add(new HookRef(hook, event, constant(hook), field(hook), -1));
        }
      }
    } else {
      planHolders();
    }
    for (Event event : events) {
      if (event.isVirtual()
          && wiring.hooksOf(event).stream().anyMatch(h -> h.disabled().isEmpty())) {
        ClassName type = event.filter().orElseThrow();
        FilterRef filter = new FilterRef(
            event,
            type,
            members.newName(Names.camel(event.name()) + "Filter"),
            members.newName(
                Names.kebab(Names.camel(event.name())).replace('-', '_').toUpperCase(Locale.ROOT)
                    + "_FILTER"));
        filters.put(event.name(), filter);
        filterList.add(filter);
      }
    }
    for (Catalog catalog : wiring.catalogs()) {
      Map<String, List<Event>> virtuals = catalog.virtualsByBase();
      for (Event base : catalog.baseEvents()) {
        eventPlans.add(new EventPlan(this, base, virtuals.getOrDefault(base.name(), List.of())));
      }
    }
    this.switchable = hooks.stream().anyMatch(HookRef::enabled);
    this.liveField = members.newName("live");
    this.allField = hooks.stream().anyMatch(r -> r.enabled() && r.hook().durable())
        ? members.newName("all")
        : null;
    this.liveType = switchable ? unclaimedType("Live") : null;
    if (events.size() > Limits.DESCRIBE_STATEMENTS_PER_METHOD) {
      for (int i = 0; i * Limits.DESCRIBE_STATEMENTS_PER_METHOD < events.size(); i++) {
        describeParts.add(methods.newName("describePart" + (i + 1)));
      }
    }
  }

  /**
   * {@code suggestion}, or it with underscores appended, so that a nested class of the wiring
   * shadows no type it names: a hook, a catalog or another nested class.
   */
  private String unclaimedType(String suggestion) {
    Set<String> taken = new HashSet<>();
    events.forEach(e -> wiring.hooksOf(e).forEach(h -> taken.add(h.type().simpleName())));
    wiring.catalogs().forEach(c -> taken.add(c.type().simpleName()));
    holders.forEach(h -> taken.add(h.type()));
    String name = suggestion;
    while (taken.contains(name)) {
      name = name + "_";
    }
    return name;
  }

  /** The hooks of a wiring of many, in holders {@code Hooks1}, {@code Hooks2}...: see {@link Limits#HOOKS_PER_HOLDER}. */
  private void planHolders() {
    List<HookRef> current = new ArrayList<>();
    String holderType = null;
    for (Event event : events) {
      for (Hook hook : wiring.hooksOf(event)) {
        if (hook.disabled().isPresent()) {
          add(new HookRef(hook, event, constant(hook), null, -1));
          continue;
        }
        if (holderType == null || current.size() == Limits.HOOKS_PER_HOLDER) {
          int first = holders.stream().mapToInt(h -> h.hooks().size()).sum() + 1;
          holderType = unclaimedType("Hooks" + (holders.size() + 1));
          current = new ArrayList<>();
          holders.add(new Holder(
              holderType, members.newName(Names.decapitalize(holderType)), current, first));
        }
        Holder holder = holders.get(holders.size() - 1);
        HookRef ref = new HookRef(
            hook,
            event,
            holder.type() + "." + constant(hook),
            holder.field() + "." + field(hook),
            holders.size() - 1);
        current.add(ref);
        add(ref);
      }
    }
  }

  private void add(HookRef ref) {
    refs.put(ref.hook(), ref);
    hooks.add(ref);
  }

  private String constant(Hook hook) {
    return members.newName(constantName(hook.type().simpleName()));
  }

  private String field(Hook hook) {
    return hook.disabled().isPresent()
        ? null
        : members.newName(Names.decapitalize(hook.type().simpleName()));
  }

  /** {@code AfterUserCreate} → {@code AFTER_USER_CREATE}. */
  private static String constantName(String simpleName) {
    return Names.kebab(simpleName).replace('-', '_').toUpperCase(Locale.ROOT);
  }

  HookRef ref(Hook hook) {
    return Objects.requireNonNull(refs.get(hook), hook::toString);
  }

  /** The filter of a virtual event with enabled hooks. */
  FilterRef filter(Event virtual) {
    return Objects.requireNonNull(filters.get(virtual.name()), virtual::name);
  }

  /** A new member name, for {@link EventPlan}'s chain constant. */
  String newMember(String suggestion) {
    return members.newName(suggestion);
  }

  /** A new method name, for {@link EventPlan}'s helpers. */
  String newMethod(String suggestion) {
    return methods.newName(suggestion);
  }

  /** Whether some hook is {@code @Deprecated}, so that naming it warns. */
  boolean namesDeprecated() {
    return hooks.stream().anyMatch(h -> h.hook().deprecated());
  }
}
