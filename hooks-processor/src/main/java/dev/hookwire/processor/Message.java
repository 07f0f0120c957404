package dev.hookwire.processor;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.tools.Diagnostic;

/**
 * Every diagnostic the processor prints, as a template with a severity and a stable id, as
 * MapStruct's {@code Message} does. Each says what is wrong, what was expected, and a fix to try;
 * the id ends it, {@code [hookwire:unknown-event]}, so users can search for it (docs/messages.md
 * lists them all). A suffix keeps each message readable from its first word. The tests build
 * their expectations from these templates, so a message changes in one place.
 *
 * <p>{@link Part} holds the pieces some messages are assembled from (a suggestion, a hint, one
 * problem of a list), so that no reader or validator holds a text of its own.
 */
enum Message {
  // ---- hook names and events ----
  UNKNOWN_EVENT(
      "unknown-event",
      "Unknown hook event '%s' (class %s).%s%s Known events: %s. A hook class is named after its event, or names it with"
          + " @Hook(\"event-name\")." + Message.HOOKS_ARE_CLASSES),
  UNKNOWN_EVENT_IN_HOOK(
      "unknown-event-in-hook",
      "Unknown hook event '%s' in @Hook on class %s.%s%s Known events: %s."),
  EMPTY_HOOK_VALUE(
      "empty-hook-value",
      "@Hook on class %s names no event. Write the event in kebab-case, for example @Hook(\"after-user-create\"), or remove"
          + " @Hook to take the event from the class name."),
  RESERVED_NAME(
      "reserved-name",
      "A hook class cannot be named %s: that is the class Hookwire generates in the hooks package. Rename it after its event"
          + " or give it another name and annotate it @Hook(\"event-name\")."),
  NESTED_HOOK(
      "nested-hook",
      "Class %s is named after the event '%s' and has a handle method, but it is nested in %s, and nested classes are never"
          + " hooks: it is never wired. Give it its own file in the hooks package, or rename it if it is not a hook."),

  // ---- hook class shape ----
  NOT_A_CLASS("not-a-class", "%s is %s; a hook must be a class." + Message.HOOKS_ARE_CLASSES),
  HOOK_NOT_PUBLIC("hook-not-public", "Hook class %s must be public. Add the public modifier."),
  HOOK_ABSTRACT(
      "hook-abstract",
      "Hook class %1$s must not be abstract: HookWiring creates it with new %1$s(). Remove the abstract modifier."),
  HOOK_GENERIC(
      "hook-generic",
      "Hook class %1$s must not be generic: HookWiring creates it with new %1$s(). Remove the type parameters."),
  NO_PUBLIC_CONSTRUCTOR(
      "no-public-constructor",
      "Hook class %1$s needs a public constructor: HookWiring creates it with new %1$s(), or with the dependencies its"
          + " constructor's parameters name, from HookDependencies. Make the constructor public."),
  CONSTRUCTOR_THROWS(
      "constructor-throws",
      "The constructor of hook class %1$s declares %2$s, a checked exception: HookWiring creates the hook with new %1$s(..)"
          + " and cannot handle it. Catch it in the constructor (rethrow it unchecked), or create the resource on first use"
          + " in handle."),
  TWO_PUBLIC_CONSTRUCTORS(
      "two-public-constructors",
      "Hook class %1$s has %2$d public constructors; a hook has one, which HookWiring creates it with. Make this one"
          + " non-public, or remove it."),
  DEPENDENCY_PRIMITIVE(
      "dependency-primitive",
      "The constructor of hook class %1$s takes %2$s %3$s, a primitive: HookWiring looks each constructor argument up in"
          + " HookDependencies by its class, and there is no %2$s instance to find. Inject a type that holds the value"
          + " (a record of your settings, for example)."),
  DEPENDENCY_NOT_VISIBLE(
      "dependency-not-visible",
      "The constructor of hook class %1$s takes %2$s %3$s, which HookWiring, in package %4$s, cannot name: %5$s is not"
          + " public. Make %5$s public."),
  DEPENDENCY_IS_HOOK(
      "dependency-is-hook",
      "The constructor of hook class %1$s takes %1$s %2$s, the hook itself: HookWiring is what creates it, so it has"
          + " none to pass. Remove the parameter."),
  DEPENDENCY_GENERIC(
      "dependency-generic",
      "The constructor of hook class %1$s takes %2$s %3$s, of a generic type: HookWiring looks each constructor argument"
          + " up in HookDependencies by its class, which cannot tell one %4$s from another (a List<String> from a"
          + " List<Integer>). Inject a type of your own that holds it (a record with a %2$s component, for example)."),
  DEPENDENCY_NOT_A_CLASS(
      "dependency-not-a-class",
      "The constructor of hook class %1$s takes %2$s %3$s, which is neither a class nor an interface: HookWiring looks each"
          + " constructor argument up in HookDependencies by its class. Inject a class or interface that holds it."),

  // ---- handle ----
  NO_HANDLE(
      "no-handle",
      "Hook class %s has no handle method. Expected %s (the HookContext parameter is optional)."),
  INHERITED_HANDLE(
      "inherited-handle",
      "Hook class %1$s has no handle method of its own, and the one it inherits, %2$s, does not count: %3$s. An inherited"
          + " handle counts only when HookWiring can call it: public, not static, and declared in a public class or"
          + " interface. Declare handle in %1$s."),
  EXTRA_HANDLE(
      "extra-handle",
      "Hook class %s has %s handle methods; a hook has exactly one. Remove this one or rename it."),
  HANDLE_NOT_PUBLIC("handle-not-public", "%s.handle must be public. Add the public modifier."),
  HANDLE_STATIC(
      "handle-static",
      "%s.handle must be an instance method: HookWiring calls it on the hook's instance. Remove the static modifier."),
  HANDLE_GENERIC("handle-generic", "%s.handle must not be generic. Remove its type parameters."),
  HANDLE_PARAMETER_COUNT("handle-parameter-count", "%s.handle must take %s, found %s."),
  HANDLE_ONLY_CONTEXT(
      "handle-only-context",
      "%s.handle takes only the HookContext; it must take %s: the event's entity comes first."),
  HANDLE_PARAMETERS_SWAPPED(
      "handle-parameters-swapped",
      "%s.handle has its parameters in the wrong order: expected %s, found %s."),
  HANDLE_WRONG_ENTITY(
      "handle-wrong-entity",
      "%s.handle's first parameter must accept %s, the entity of %s, found %s."),
  HANDLE_WRONG_CONTEXT(
      "handle-wrong-context",
      "%s.handle's second parameter must be HookContext (dev.hookwire.runtime.HookContext), found %s."),
  HANDLE_RAW_TYPE(
      "handle-raw-type",
      "%s.handle uses the raw type %s: write %s, the entity of %s. A raw type compiles with unchecked warnings in"
          + " HookWiring and fails with a ClassCastException at run time."),
  HANDLE_WRONG_RETURN("handle-wrong-return", "%s.handle must return %s (%s is %s), found %s%s"),

  // ---- annotations on hooks ----
  TIMEOUT_NOT_POSITIVE(
      "timeout-not-positive",
      "@Timeout on %s must be positive, found %s. Remove @Timeout to run without a time limit."),
  HOOK_TIMEOUT_NOT_POSITIVE(
      "hook-timeout-not-positive",
      "@Timeout on %s must be positive, found %s. Event %s has a default time limit of %s ms, which applies without"
          + " @Timeout: to run without a time limit, on the caller's thread, replace @Timeout with @Inline."),
  INLINE_WITH_TIMEOUT(
      "inline-with-timeout",
      "@Inline on hook %s contradicts its @Timeout: an @Inline hook runs on the caller's thread with no time limit. Keep"
          + " one of them."),
  INLINE_WITH_ASYNC(
      "inline-with-async",
      "@Inline on hook %s contradicts its @Async: an @Inline hook runs on the caller's thread, an @Async one on the"
          + " runtime's executor. Keep one of them."),
  INLINE_WITHOUT_EFFECT(
      Diagnostic.Kind.WARNING,
      "inline-without-effect",
      "@Inline on hook %s has no effect: event %s has no default time limit, so the hook already runs on the caller's"
          + " thread. Remove @Inline, or add @SuppressWarnings(\"hookwire\") to keep it in case the catalog gets a"
          + " default."),
  DISABLED_WITHOUT_REASON(
      "disabled-without-reason",
      "@Disabled on hook %s needs a reason, shown wherever the wiring describes itself: for example"
          + " @Disabled(\"replaced by AuditLogin, remove in 2.0\")."),
  HOOK_ANNOTATION_ON_METHOD(
      "hook-annotation-on-method",
      "%1$s on method %2$s.%3$s has no effect: hook annotations go on the hook class. Move it to class %2$s."),
  TAGS_ON_UNTAGGED_EVENT(
      "tags-on-untagged-event",
      "@Tags on hook %s: event '%s' carries no tag (its catalog method is not @Tagged), so there is nothing to filter on."
          + " Remove @Tags, or declare the event @Tagged in its catalog."),
  TAGS_EMPTY(
      "tags-empty",
      "@Tags on hook %s names no tag. List at least one, or remove @Tags to run for every tag."),
  TAG_BLANK("tag-blank", "@Tags on hook %s has a blank tag. Every tag must have a name."),
  ASYNC_NOT_AFTER(
      "async-not-after",
      "@Async on hook %s: only after-hooks can be async, and %s is %s, whose result the dispatcher needs before it"
          + " returns. Remove @Async."),
  DURABLE_NOT_AFTER(
      "durable-not-after",
      "@Durable on hook %s: only after-hooks can be durable, and %s is %s, whose result the dispatcher needs before it"
          + " returns, inside the operation. Remove @Durable."),
  DURABLE_WITH_ASYNC(
      "durable-with-async",
      "@Durable on hook %s contradicts its @Async: a durable hook is recorded with the host's write and delivered by the"
          + " outbox's workers after commit, an @Async one runs at once on the runtime's executor. Keep one of them."),
  DURABLE_WITH_TIMEOUT(
      "durable-with-timeout",
      "@Durable on hook %s contradicts its @Timeout: a durable hook is not run by the dispatcher but delivered by the"
          + " outbox's workers, which retry it until it succeeds (the outbox's lease bounds a delivery). Remove @Timeout."),
  DURABLE_WITH_INLINE(
      "durable-with-inline",
      "@Durable on hook %s contradicts its @Inline: a durable hook never runs on the caller's thread; it is delivered"
          + " after commit. Keep one of them."),
  DURABLE_GENERIC_ENTITY(
      "durable-generic-entity",
      "@Durable on hook %s: the entity of %s is %s, a type with type arguments, which cannot be read back from its"
          + " recorded JSON without losing them. Make the hook not durable, or give the event an entity class without"
          + " type arguments (a record)."),

  // ---- versions ----
  VERSION_OF_UNKNOWN(
      "version-of-unknown",
      "@Version(of = \"%s\") on hook %s names no first version of a hook of %s in this package (a class whose @Version"
          + " has no 'of').%s Name the class of the first version of the hook this class is a version of."),
  VERSION_DUPLICATE_ID(
      "version-duplicate-id",
      "@Version(\"%s\") on hook %s: %s is that version of hook %s already. Give each version of a hook its own id."),
  VERSION_TWO_LIVE(
      "version-two-live",
      "@Version(\"%s\", live = true) on hook %s: %s is live already, and one version of hook %s is live at a time. Keep"
          + " live = true on the version the service starts with, and deploy the other at run time."),
  VERSION_NONE_LIVE(
      "version-none-live",
      "No version of hook %s (%s) is live: versions %s. Mark the one the service starts with: @Version(value = ..,"
          + " live = true)."),

  // ---- hook annotations and hooks outside a hooks package ----
  HOOK_ANNOTATION_OUTSIDE_HOOKS_PACKAGE(
      "hook-annotation-outside-hooks-package",
      "%1$s on %2$s has no effect: package %3$s is not a hooks package (no @HookPackage on its package-info.java), so %2$s"
          + " is never wired. Annotate the package @HookPackage, or move the class to your hooks package."),
  HOOK_ANNOTATION_ON_NESTED_CLASS(
      "hook-annotation-on-nested-class",
      "%s on %s has no effect: only top-level classes of a hooks package are hooks, and this class is nested. Make it a"
          + " top-level class of the hooks package."),
  HOOK_OUTSIDE_HOOKS_PACKAGE(
      Diagnostic.Kind.WARNING,
      "hook-outside-hooks-package",
      "Class %s is named after the event '%s' and has a handle method, but package %s is not a hooks package (no"
          + " @HookPackage), so it is never wired. Annotate the package @HookPackage, or move the class to your hooks"
          + " package; if it is not a hook, add @SuppressWarnings(\"hookwire\")."),

  // ---- packages and catalogs ----
  NOT_A_CATALOG(
      "not-a-catalog",
      "@HookPackage names %s, which is not an interface annotated @EventCatalog. Name a catalog interface, or leave"
          + " @HookPackage empty for the built-in dev.hookwire.auth.AuthHooks."),
  DEFAULT_CATALOG_MISSING(
      "default-catalog-missing",
      "@HookPackage without a catalog uses %s, which is not on the class path. Add the dev.hookwire:hooks-runtime"
          + " dependency, or name your catalog: @HookPackage(MyCatalog.class)."),
  DUPLICATE_CATALOG("duplicate-catalog", "@HookPackage names %s twice. Name each catalog once."),
  EVENT_IN_TWO_CATALOGS(
      "event-in-two-catalogs",
      "Event '%s' is defined by both %s and %s: a hook class could not tell which it serves. Use one of the catalogs in"
          + " this package, or rename the event in one of them."),
  CATALOG_INVALID(
      "catalog-invalid",
      "Catalog %s has errors (reported on it), so no HookWiring is generated for this package."),
  TYPES_NEVER_RESOLVED(
      "types-never-resolved",
      "HookWiring for package %s was not generated: these types never resolved: %s. Fix the compile errors above."),
  TOO_MANY_BEFORE_HOOKS(
      "too-many-before-hooks",
      "Event %s has %s hooks (its virtual events' included); a before-event can have at most %s: its hooks run in one"
          + " method (a chain stop ends them all), and a JVM method holds at most 64 KB of code. Merge hooks that do"
          + " related work, or move work that does not change the entity to an after-event."),

  // ---- catalog shape ----
  CATALOG_NOT_INTERFACE(
      "catalog-not-interface",
      "@EventCatalog %s must be an interface: its methods are the events."),
  EVENT_WITHOUT_KIND(
      "event-without-kind",
      "Catalog method %s needs one kind annotation: @BeforeEvent, @AfterEvent or @TransformEvent."),
  EVENT_WITH_MANY_KINDS(
      "event-with-many-kinds",
      "Catalog method %s has more than one kind annotation; keep exactly one of @BeforeEvent, @AfterEvent,"
          + " @TransformEvent."),
  EVENT_PARAMETERS(
      "event-parameters",
      "Catalog method %s must take (Entity, HookContext): the event's entity and the context. Found %s."),
  EVENT_RETURN(
      "event-return",
      "Catalog method %s is %s and must return %s, found %s. A before- or transform event's dispatcher returns the entity"
          + " (merged or replaced) to the host; an after-event's returns nothing."),
  EVENT_GENERIC(
      "event-generic",
      "Catalog method %s must not be generic: an event has one entity type. Remove the type parameters."),
  EVENT_NAME_CLASH(
      "event-name-clash",
      "Catalog methods %2$s and %3$s both map to event '%1$s'. Every event needs a name of its own: rename one of them."),
  EVENT_OVERLOADED(
      "event-overloaded",
      "Catalog method %s is overloaded: an event has exactly one dispatcher method, and every overload would map to event"
          + " '%s'. Remove this overload or give it a name of its own."),
  EVENT_NAME_INVALID(
      "event-name-invalid",
      "Catalog method %s does not map to an event name ('%s' is not lowercase words joined by '-'). Name catalog methods"
          + " in camelCase, letters and digits only: beforeNoteSave is event before-note-save and hook class"
          + " BeforeNoteSave."),
  EVENT_NOT_ABSTRACT(
      "event-not-abstract",
      "Catalog method %1$s is a %2$s method, so it is a helper for the host, not an event, and its %3$s has no effect. An"
          + " event is an abstract method: to declare one, %4$s. To keep the helper, remove %3$s."),
  ENTITY_NOT_PUBLIC(
      "entity-not-public",
      "Catalog method %s takes %s, but %s is not public: HookWiring, generated in the hooks package, cannot name it. Make"
          + " it public (and every type it is nested in)."),
  CATALOG_NOT_PUBLIC(
      "catalog-not-public",
      "@EventCatalog %s must be public, and so must every type it is nested in: HookWiring, generated in the hooks"
          + " package, implements it. Add the public modifier."),
  CATALOG_GENERIC(
      "catalog-generic",
      "@EventCatalog %s must not be generic: HookWiring implements it without type arguments, and each event names its own"
          + " entity type. Remove the type parameters."),
  CATALOG_INHERITS_METHOD(
      "catalog-inherits-method",
      "@EventCatalog %s inherits the abstract method %3$s from %2$s, which is not one of its events: HookWiring, which"
          + " implements the catalog, would have no body for it. A catalog declares its events itself; to use several"
          + " catalogs in one hooks package, name each of them: @HookPackage({A.class, B.class})."),
  CATALOG_RESERVED_METHOD(
      "catalog-reserved-method",
      "@EventCatalog %s %s the method %s, which HookWiring generates itself to list its events and hooks. Rename the"
          + " method."),
  VIRTUAL_EVENT_NAME(
      "virtual-event-name",
      "@VirtualEvent name '%s' must be kebab-case (lowercase words joined by '-'), for example"
          + " 'after-admin-user-create'."),
  VIRTUAL_EVENT_NAME_TAKEN(
      "virtual-event-name-taken",
      "@VirtualEvent name '%s' is already taken by %s. A virtual event needs a name of its own, which its hook classes are"
          + " named after: name it after its condition, like 'after-admin-user-create' for 'after-user-create' on the"
          + " admin path."),
  VIRTUAL_EVENT_FILTER(
      "virtual-event-filter",
      "@VirtualEvent filter %s %s. A filter must be a public, non-abstract, non-generic class (top-level or static"
          + " nested) with a public no-argument constructor that implements dev.hookwire.runtime.EventFilter<%s>, the"
          + " base event's entity: the wiring creates it once, with new."),
  EVENT_PATCH_INVALID(
      "event-patch-invalid",
      "Catalog method %1$s is a before-event on %2$s, whose @PatchedBy names %3$s, which is not a valid patch (the error"
          + " on %2$s says why, when it is compiled with this processor). Fix the patch, or remove @PatchedBy so that"
          + " hooks of this event return void."),

  // ---- patches ----
  PATCHED_BY_AND_PATCHABLE(
      "patched-by-and-patchable",
      "%s has both @Patchable and @PatchedBy: a type has one patch. Keep @Patchable to have the patch generated, or"
          + " @PatchedBy to name your own."),
  PATCHED_BY_GENERIC_ENTITY(
      "patched-by-generic-entity",
      "@PatchedBy on %s: a patched type must not be generic, since its patch's applyTo takes and returns exactly that"
          + " type. Remove the type parameters."),
  PATCHED_BY_INVALID(
      "patched-by-invalid",
      "@PatchedBy on %1$s names %2$s, which is not a valid patch: %3$s. A patch is a public, non-generic type with two"
          + " public instance methods that throw no checked exception: %4$s applyTo(%4$s), which returns a new %4$s and"
          + " never changes its input, and boolean stopsChain()."),
  PATCHABLE_NOT_A_RECORD(
      "patchable-not-a-record",
      "@Patchable %s must be a record: its patch copies the record's components. Make it a record or remove"
          + " @Patchable."),
  PATCHABLE_NOT_A_DATA_CLASS(
      "patchable-not-a-data-class",
      "@Patchable %s is a Kotlin class but not a data class: its patch copies the properties of the primary"
          + " constructor, which Kotlin lists (component1(), component2()...) only for a data class. Make it a data"
          + " class with every property in its primary constructor, or remove @Patchable."),
  PATCHABLE_PROPERTY_IN_BODY(
      "patchable-property-in-body",
      "@Patchable data class %1$s declares property %2$s in its body: its patch's applyTo creates the new %1$s"
          + " with the primary constructor, so every patch would reset %2$s. Move %2$s into the primary constructor,"
          + " or give it a getter without a backing field."),
  PATCHABLE_CONSTRUCTOR_NOT_PUBLIC(
      "patchable-constructor-not-public",
      "@Patchable data class %s needs a public primary constructor: its patch's applyTo creates the new instance"
          + " with it. Make the primary constructor public."),
  PATCHABLE_GENERIC("patchable-generic", "@Patchable record %s must not be generic."),
  PATCHABLE_NESTED(
      "patchable-nested",
      "@Patchable record %s must be a top-level record, so that its patch can sit next to it. Move it to its own file."),
  PATCH_COMPONENT_CLASH(
      "patch-component-clash",
      "@Patchable %1$s has a %2$s named %3$s, like a method every generated patch has (of, applyTo,"
          + " stopChain, stopsChain, isEmpty): the patch's setter %3$s(..) would collide with it or read as it. Rename"
          + " the %2$s."),

  // ---- Kotlin, as kapt's stubs show it ----
  KOTLIN_OBJECT(
      "kotlin-object",
      "Hook %1$s is a Kotlin object: HookWiring creates each hook with new %1$s(), and an object has no public"
          + " constructor, only its INSTANCE. Declare it as a class (class %1$s { fun handle(..) }); keep state that"
          + " must be shared in a service from HookDependencies or the HookContext."),
  KOTLIN_SUSPEND(
      "kotlin-suspend",
      "%s.handle is a suspend fun: hooks are blocking, and HookWiring calls handle with no coroutine to resume it"
          + " (compiled, it takes a Continuation and returns Object). Remove suspend (inside, runBlocking can call"
          + " suspending code); to bound the time it takes, annotate the hook class @Timeout."),
  KOTLIN_FILE_CLASS(
      "kotlin-file-class",
      "%1$s is the class Kotlin compiles the top-level functions and properties of a file into, and it is in hooks"
          + " package %2$s, where every top-level class is read as a hook. Top-level functions are not hooks: move"
          + " them to a file in another package (sub-packages are not scanned), or into the hook class that uses"
          + " them."),
  KAPT_ERROR_TYPE(
      "kapt-error-type",
      "%1$s.handle uses a type that kapt could not resolve (kapt's stub shows it as error.NonExistentClass):"
          + " most likely one generated in this build, such as a patch. Enable kapt's correctErrorTypes"
          + " (<correctErrorTypes>true</correctErrorTypes> in kotlin-maven-plugin's kapt execution) so that"
          + " Hookwire sees the type's name and waits for it; see docs/kotlin.md."),
  PROCESSOR_RAN_TWICE(
      "processor-ran-twice",
      "Hookwire runs a second time on package %1$s: %1$s.HookWiring is already generated (it carries"
          + " @Generated(\"%2$s\")), by kapt (or by an earlier build whose output is compiled again as a source), and now"
          + " javac runs the processor again. Run it once:"
          + " with kapt, turn javac's annotation processing off (<proc>none</proc> in maven-compiler-plugin, and"
          + " no annotationProcessorPaths there); see docs/kotlin.md."),

  // ---- the processor itself ----
  COULD_NOT_WRITE("could-not-write", "Hookwire could not write %s: %s"),
  INTERNAL_ERROR(
      "internal-error",
      "Hookwire internal error: this is a bug in Hookwire, not in your code. Please report it with this trace:\n%s");

  private static final String HOOKS_ARE_CLASSES =
      " Every top-level type of a hooks package is a hook; move helper types to another package (sub-packages are not"
          + " scanned).";

  private final Diagnostic.Kind kind;
  private final String id;
  private final String template;

  Message(String id, String template) {
    this(Diagnostic.Kind.ERROR, id, template);
  }

  Message(Diagnostic.Kind kind, String id, String template) {
    this.kind = kind;
    this.id = id;
    this.template = template;
  }

  Diagnostic.Kind kind() {
    return kind;
  }

  /** The stable id, as printed: {@code unknown-event}. */
  String id() {
    return id;
  }

  /** The diagnostic's text for {@code args}, ending with its id. */
  String format(Object... args) {
    return String.format(Locale.ROOT, template, args) + " [hookwire:" + id + "]";
  }

  /** This message for {@code args}, to report. */
  Text with(Object... args) {
    return new Text(this, format(args));
  }

  /** A message with its arguments filled in. */
  record Text(Message message, String text) {}

  // ---- pieces messages are assembled from ----

  /** "a before-event", "an after-event". */
  static String indefinite(String noun) {
    return (noun.matches("[aeiou].*") ? "an " : "a ") + noun;
  }

  /** "an interface", "a record": what a type is, as messages say it. */
  static String kindOf(ElementKind kind) {
    return switch (kind) {
      case INTERFACE -> "an interface";
      case ENUM -> "an enum";
      case RECORD -> "a record";
      case ANNOTATION_TYPE -> "an annotation type";
      default -> indefinite(kind.name().toLowerCase(Locale.ROOT));
    };
  }

  /** A list as messages show it: {@code a, b, c}. */
  static String list(List<String> items) {
    return String.join(", ", items);
  }

  /** The suggestion in {@link #UNKNOWN_EVENT}, with its leading space, or "". */
  static String classSuggestion(String className, Optional<Names.Suggestion> suggestion) {
    return suggestion
        .map(s -> s.numberedCopy()
            ? Part.NUMBERED_COPY.format(className, s.event(), Names.pascal(s.event()))
            : Part.DID_YOU_MEAN_CLASS.format(Names.pascal(s.event()), s.event()))
        .orElse("");
  }

  /** The suggestion in {@link #UNKNOWN_EVENT_IN_HOOK}, with its leading space, or "". */
  static String valueSuggestion(Optional<Names.Suggestion> suggestion) {
    return suggestion.map(s -> Part.DID_YOU_MEAN_VALUE.format(s.event())).orElse("");
  }

  /** Where {@code typed} has a non-ASCII lookalike, with a leading space, or "". */
  static String lookalike(String typed) {
    return Names.lookalike(typed)
        .map(l -> Part.LOOKALIKE.format(
            l.position(),
            typed,
            l.codePoint(),
            l.unicodeName().map(n -> " " + n).orElse("")))
        .orElse("");
  }

  /**
   * Texts that are part of a message: suggestions, hints and the items of a list of problems.
   * They carry no id; the message they go into does.
   */
  enum Part {
    DID_YOU_MEAN_CLASS(" Did you mean %s (%s)?"),
    DID_YOU_MEAN_VALUE(" Did you mean '%s'?"),
    NUMBERED_COPY(
        " %1$s looks like a second hook for %2$s: only one class can be named %3$s. To serve one event with several"
            + " classes, give each a name of its own and annotate it @Hook(\"%2$s\")."),
    LOOKALIKE(" Character %d of '%s' is U+%04X%s, not an ASCII character: retype it."),

    // HANDLE_WRONG_RETURN's hints
    RETURN_END("."),
    RETURN_WHOLE_ENTITY(
        ". A before-hook changes the %1$s by returning a %2$s that names only what changes; the wiring merges it into a new"
            + " %1$s. It never returns a whole %1$s."),
    RETURN_NOT_PATCHABLE(
        ": %s is not @Patchable, so the hook cannot change it; deny by throwing HookRejection."),
    RETURN_TRANSFORM(": the replacement for the input (return the input to keep it)."),

    // INHERITED_HANDLE's reasons
    INHERITS_SEVERAL("%s inherits %s handle methods; a hook has exactly one"),
    INHERITED_NOT_PUBLIC("it is not public"),
    INHERITED_STATIC("it is static"),
    INHERITED_GENERIC("it is generic"),
    OWNER_NOT_PUBLIC("%s is not public"),

    // EVENT_NOT_ABSTRACT's fixes
    FIX_STATIC("remove the static modifier and the body"),
    FIX_PRIVATE("make it a public abstract method (no body)"),
    FIX_DEFAULT("remove the default modifier and the body"),

    // CATALOG_RESERVED_METHOD: where the method comes from
    DECLARES("declares"),
    INHERITS_FROM("inherits from %s"),

    // VIRTUAL_EVENT_NAME_TAKEN: who has the name
    TAKEN_BY_EVENT("the event of catalog method %s"),
    TAKEN_BY_VIRTUAL("another @VirtualEvent on catalog method %s"),

    // VIRTUAL_EVENT_FILTER's problems
    FILTER_NOT_A_CLASS("is not a class"),
    FILTER_KIND("is %s, not a class"),
    FILTER_NOT_PUBLIC("is not public"),
    FILTER_INNER("is an inner class: creating it needs an instance of its enclosing class"),
    FILTER_ABSTRACT("is abstract"),
    FILTER_GENERIC("is generic"),
    FILTER_NO_CONSTRUCTOR("has no public no-argument constructor"),
    FILTER_CONSTRUCTOR_THROWS("has a constructor that throws %s, a checked exception"),
    FILTER_UNCHECKABLE(
        "cannot be checked: dev.hookwire.runtime.EventFilter is not on the class path"),
    FILTER_WRONG_ENTITY("implements %s, not EventFilter<%s>"),
    FILTER_NOT_A_FILTER("does not implement EventFilter"),

    // PATCHED_BY_INVALID's problems
    PATCH_NOT_A_CLASS("it is not a class"),
    PATCH_NOT_PUBLIC("it is not public"),
    PATCH_GENERIC("it is generic"),
    PATCH_NO_METHOD("it has no method %s"),
    PATCH_RETURNS("%s returns %s, not %s"),
    PATCH_METHOD_NOT_PUBLIC("%s is not public"),
    PATCH_METHOD_STATIC("%s is static"),
    PATCH_METHOD_GENERIC("%s is generic"),
    PATCH_METHOD_THROWS("%s throws %s");

    private final String template;

    Part(String template) {
      this.template = template;
    }

    String format(Object... args) {
      return String.format(Locale.ROOT, template, args);
    }
  }
}
