package dev.hookwire.processor;

import java.util.List;
import java.util.Optional;

/**
 * Every message the processor prints. Each says what is wrong, what was expected, and a fix to
 * try. The tests build their expectations from these methods, so a message changes in one place.
 */
final class Messages {
  private Messages() {}

  private static final String HOOKS_ARE_CLASSES =
      " Every top-level type of a hooks package is a hook; move helper types to another package"
          + " (sub-packages are not scanned).";

  // ---- hook names and events ----

  static String unknownEventClass(
      String event, String className, Optional<Names.Suggestion> suggestion, List<String> known) {
    return "Unknown hook event '"
        + event
        + "' (class "
        + className
        + ")."
        + suggestion.map(s -> s.numberedCopy() ? numberedCopy(className, s.event()) : " Did you mean " + Names.pascal(s.event()) + " (" + s.event() + ")?").orElse("")
        + lookalike(className)
        + " Known events: "
        + String.join(", ", known)
        + ". A hook class is named after its event, or names it with @Hook(\"event-name\")."
        + HOOKS_ARE_CLASSES;
  }

  private static String numberedCopy(String className, String event) {
    return " "
        + className
        + " looks like a second hook for "
        + event
        + ": only one class can be named "
        + Names.pascal(event)
        + ". To serve one event with several classes, give each a name of its own and annotate it"
        + " @Hook(\""
        + event
        + "\").";
  }

  /** " Character 4 of 'AftеrLogin' is U+0435 CYRILLIC SMALL LETTER IE, not ASCII: retype it.", or "". */
  private static String lookalike(String typed) {
    return Names.lookalike(typed)
        .map(where -> " " + Character.toUpperCase(where.charAt(0)) + where.substring(1) + ", not an ASCII character: retype it.")
        .orElse("");
  }

  static String unknownEventAnnotation(
      String value, String className, Optional<Names.Suggestion> suggestion, List<String> known) {
    return "Unknown hook event '"
        + value
        + "' in @Hook on class "
        + className
        + "."
        + suggestion.map(s -> " Did you mean '" + s.event() + "'?").orElse("")
        + lookalike(value)
        + " Known events: "
        + String.join(", ", known)
        + ".";
  }

  static String emptyHookValue(String className) {
    return "@Hook on class "
        + className
        + " names no event. Write the event in kebab-case, for example"
        + " @Hook(\"after-user-create\"), or remove @Hook to take the event from the class name.";
  }

  static String reservedName(String className) {
    return "A hook class cannot be named "
        + className
        + ": that is the class Hookwire generates in the hooks package. Rename it after its event"
        + " or give it another name and annotate it @Hook(\"event-name\").";
  }

  // ---- hook class shape ----

  static String notAClass(String className, String kind) {
    return className + " is " + kind + "; a hook must be a class." + HOOKS_ARE_CLASSES;
  }

  static String notPublic(String className) {
    return "Hook class " + className + " must be public. Add the public modifier.";
  }

  static String isAbstract(String className) {
    return "Hook class "
        + className
        + " must not be abstract: HookWiring creates it with new "
        + className
        + "(). Remove the abstract modifier.";
  }

  static String isGeneric(String className) {
    return "Hook class "
        + className
        + " must not be generic: HookWiring creates it with new "
        + className
        + "(). Remove the type parameters.";
  }

  static String noPublicNoArgConstructor(String className) {
    return "Hook class "
        + className
        + " needs a public no-argument constructor: HookWiring creates it with new "
        + className
        + "(). Hooks get the host's services from HookContext.service(Class), not from"
        + " constructor arguments.";
  }

  // ---- handle ----

  static String constructorThrows(String className, String exception) {
    return "The constructor of hook class "
        + className
        + " declares "
        + exception
        + ", a checked exception: HookWiring creates the hook with new "
        + className
        + "() and cannot handle it. Catch it in the constructor (rethrow it unchecked), or create"
        + " the resource on first use in handle.";
  }

  static String rawType(String className, String raw, String expected, String event) {
    return className
        + ".handle uses the raw type "
        + raw
        + ": write "
        + expected
        + ", the entity of "
        + event
        + ". A raw type compiles with unchecked warnings in HookWiring and fails with a"
        + " ClassCastException at run time.";
  }

  static String inheritedHandle(String className, String inherited, String why) {
    return "Hook class "
        + className
        + " has no handle method of its own, and the one it inherits, "
        + inherited
        + ", does not count: "
        + why
        + ". An inherited handle counts only when HookWiring can call it: public, not static, and"
        + " declared in a public class or interface. Declare handle in "
        + className
        + ".";
  }

  static String noHandle(String className, String expected) {
    return "Hook class "
        + className
        + " has no handle method. Expected "
        + expected
        + " (the HookContext parameter is optional).";
  }

  static String extraHandle(String className, int count) {
    return "Hook class "
        + className
        + " has "
        + count
        + " handle methods; a hook has exactly one. Remove this one or rename it.";
  }

  static String handleNotPublic(String className) {
    return className + ".handle must be public. Add the public modifier.";
  }

  static String handleStatic(String className) {
    return className
        + ".handle must be an instance method: HookWiring calls it on the hook's instance."
        + " Remove the static modifier.";
  }

  static String handleGeneric(String className) {
    return className + ".handle must not be generic. Remove its type parameters.";
  }

  static String wrongParameterCount(String className, String expected, String found) {
    return className
        + ".handle must take "
        + expected
        + ", found "
        + found
        + ".";
  }

  static String onlyContext(String className, String expected) {
    return className
        + ".handle takes only the HookContext; it must take "
        + expected
        + ": the event's entity comes first.";
  }

  static String parametersSwapped(String className, String expected, String found) {
    return className
        + ".handle has its parameters in the wrong order: expected "
        + expected
        + ", found "
        + found
        + ".";
  }

  static String wrongEntityParameter(String className, String entity, String event, String found) {
    return className
        + ".handle's first parameter must accept "
        + entity
        + ", the entity of "
        + event
        + ", found "
        + found
        + ".";
  }

  static String wrongContextParameter(String className, String found) {
    return className
        + ".handle's second parameter must be HookContext (dev.hookwire.runtime.HookContext),"
        + " found "
        + found
        + ".";
  }

  static String wrongReturn(String className, String allowed, String event, String kind, String found, String hint) {
    return className
        + ".handle must return "
        + allowed
        + " ("
        + event
        + " is a"
        + (kind.startsWith("a") ? "n " : " ")
        + kind
        + "), found "
        + found
        + hint;
  }

  // ---- annotations on hooks ----

  static String timeoutNotPositive(String where, long value) {
    return "@Timeout on "
        + where
        + " must be positive, found "
        + value
        + ". Remove @Timeout to run without a time limit.";
  }

  static String hookTimeoutNotPositive(String className, long value, String event, long defaultMillis) {
    return "@Timeout on "
        + className
        + " must be positive, found "
        + value
        + ". Event "
        + event
        + " has a default time limit of "
        + defaultMillis
        + " ms, which applies without @Timeout: to run without a time limit, on the caller's"
        + " thread, replace @Timeout with @Inline.";
  }

  static String inlineWithTimeout(String className) {
    return "@Inline on hook "
        + className
        + " contradicts its @Timeout: an @Inline hook runs on the caller's thread with no time"
        + " limit. Keep one of them.";
  }

  static String inlineWithAsync(String className) {
    return "@Inline on hook "
        + className
        + " contradicts its @Async: an @Inline hook runs on the caller's thread, an @Async one on"
        + " the runtime's executor. Keep one of them.";
  }

  static String inlineWithoutEffect(String className, String event) {
    return "@Inline on hook "
        + className
        + " has no effect: event "
        + event
        + " has no default time limit, so the hook already runs on the caller's thread. Remove"
        + " @Inline, or add @SuppressWarnings(\"hookwire\") to keep it in case the catalog gets a"
        + " default.";
  }

  static String disabledWithoutReason(String className) {
    return "@Disabled on hook "
        + className
        + " needs a reason, shown wherever the wiring describes itself: for example"
        + " @Disabled(\"replaced by AuditLogin, remove in 2.0\").";
  }

  static String hookAnnotationOnMethod(String annotation, String className, String method) {
    return annotation
        + " on method "
        + className
        + "."
        + method
        + " has no effect: hook annotations go on the hook class. Move it to class "
        + className
        + ".";
  }

  static String nestedHook(String nested, String event, String topLevel) {
    return "Class "
        + nested
        + " is named after the event '"
        + event
        + "' and has a handle method, but it is nested in "
        + topLevel
        + ", and nested classes are never hooks: it is never wired. Give it its own file in the"
        + " hooks package, or rename it if it is not a hook.";
  }

  static String tagsOnUntaggedEvent(String className, String event) {
    return "@Tags on hook "
        + className
        + ": event '"
        + event
        + "' carries no tag (its catalog method is not @Tagged), so there is nothing to filter on."
        + " Remove @Tags, or declare the event @Tagged in its catalog.";
  }

  static String tagsEmpty(String className) {
    return "@Tags on hook "
        + className
        + " names no tag. List at least one, or remove @Tags to run for every tag.";
  }

  static String tagBlank(String className) {
    return "@Tags on hook " + className + " has a blank tag. Every tag must have a name.";
  }

  static String asyncNotAfter(String className, String event, String kind) {
    return "@Async on hook "
        + className
        + ": only after-hooks can be async, and "
        + event
        + " is a"
        + (kind.startsWith("a") ? "n " : " ")
        + kind
        + ", whose result the dispatcher needs before it returns. Remove @Async.";
  }

  // ---- hook annotations and hooks outside a hooks package ----

  static String hookAnnotationOutsideHooksPackage(String annotation, String className, String packageName) {
    return annotation
        + " on "
        + className
        + " has no effect: package "
        + packageName
        + " is not a hooks package (no @HookPackage on its package-info.java), so "
        + className
        + " is never wired. Annotate the package @HookPackage, or move the class to your hooks"
        + " package.";
  }

  static String hookAnnotationOnNestedClass(String annotation, String className) {
    return annotation
        + " on "
        + className
        + " has no effect: only top-level classes of a hooks package are hooks, and this class is"
        + " nested. Make it a top-level class of the hooks package.";
  }

  static String hookOutsideHooksPackage(String className, String event, String packageName) {
    return "Class "
        + className
        + " is named after the event '"
        + event
        + "' and has a handle method, but package "
        + packageName
        + " is not a hooks package (no @HookPackage), so it is never wired. Annotate the package"
        + " @HookPackage, or move the class to your hooks package; if it is not a hook, add"
        + " @SuppressWarnings(\"hookwire\").";
  }

  // ---- packages and catalogs ----

  static String notACatalog(String name) {
    return "@HookPackage names "
        + name
        + ", which is not an interface annotated @EventCatalog. Name a catalog interface, or"
        + " leave @HookPackage empty for the built-in dev.hookwire.auth.AuthHooks.";
  }

  static String defaultCatalogMissing(String name) {
    return "@HookPackage without a catalog uses "
        + name
        + ", which is not on the class path. Add the dev.hookwire:hooks-runtime dependency, or"
        + " name your catalog: @HookPackage(MyCatalog.class).";
  }

  static String duplicateCatalog(String name) {
    return "@HookPackage names " + name + " twice. Name each catalog once.";
  }

  static String eventInTwoCatalogs(String event, String first, String second) {
    return "Event '"
        + event
        + "' is defined by both "
        + first
        + " and "
        + second
        + ": a hook class could not tell which it serves. Use one of the catalogs in this"
        + " package, or rename the event in one of them.";
  }

  static String catalogInvalid(String catalog) {
    return "Catalog "
        + catalog
        + " has errors (reported on it), so no HookWiring is generated for this package.";
  }

  static String unresolved(String packageName, List<String> types) {
    return "HookWiring for package "
        + packageName
        + " was not generated: these types never resolved: "
        + String.join(", ", types)
        + ". Fix the compile errors above.";
  }

  static String tooManyBeforeHooks(String event, int hooks, int max) {
    return "Event "
        + event
        + " has "
        + hooks
        + " hooks (its virtual events' included); a before-event can have at most "
        + max
        + ": its hooks run in one method (a chain stop ends them all), and a JVM method holds at most"
        + " 64 KB of code. Merge hooks that do related work, or move work that does not change the"
        + " entity to an after-event.";
  }

  // ---- catalog shape ----

  static String catalogNotInterface(String name) {
    return "@EventCatalog " + name + " must be an interface: its methods are the events.";
  }

  static String eventWithoutKind(String method) {
    return "Catalog method "
        + method
        + " needs one kind annotation: @BeforeEvent, @AfterEvent or @TransformEvent.";
  }

  static String eventWithManyKinds(String method) {
    return "Catalog method "
        + method
        + " has more than one kind annotation; keep exactly one of @BeforeEvent, @AfterEvent,"
        + " @TransformEvent.";
  }

  static String eventParameters(String method, String found) {
    return "Catalog method "
        + method
        + " must take (Entity, HookContext): the event's entity and the context. Found "
        + found
        + ".";
  }

  static String eventReturn(String method, String kind, String expected, String found) {
    return "Catalog method "
        + method
        + " is a"
        + (kind.startsWith("a") ? "n " : " ")
        + kind
        + " and must return "
        + expected
        + ", found "
        + found
        + ". A before- or transform event's dispatcher returns the entity (merged or replaced)"
        + " to the host; an after-event's returns nothing.";
  }

  static String eventGeneric(String method) {
    return "Catalog method "
        + method
        + " must not be generic: an event has one entity type. Remove the type parameters.";
  }

  static String eventNameClash(String event, String first, String second) {
    return "Catalog methods "
        + first
        + " and "
        + second
        + " both map to event '"
        + event
        + "'. Every event needs a name of its own: rename one of them.";
  }

  static String eventOverloaded(String method, String event) {
    return "Catalog method "
        + method
        + " is overloaded: an event has exactly one dispatcher method, and every overload would"
        + " map to event '"
        + event
        + "'. Remove this overload or give it a name of its own.";
  }

  static String eventNameInvalid(String method, String event) {
    return "Catalog method "
        + method
        + " does not map to an event name ('"
        + event
        + "' is not lowercase words joined by '-'). Name catalog methods in camelCase, letters and"
        + " digits only: beforeNoteSave is event before-note-save and hook class BeforeNoteSave.";
  }

  static String eventNotAbstract(String method, String what, String annotation) {
    String fix =
        switch (what) {
          case "static" -> "remove the static modifier and the body";
          case "private" -> "make it a public abstract method (no body)";
          default -> "remove the default modifier and the body";
        };
    return "Catalog method "
        + method
        + " is a "
        + what
        + " method, so it is a helper for the host, not an event, and its "
        + annotation
        + " has no effect. An event is an abstract method: to declare one, "
        + fix
        + ". To keep the helper, remove "
        + annotation
        + ".";
  }

  static String entityNotPublic(String method, String entity, String hidden) {
    return "Catalog method "
        + method
        + " takes "
        + entity
        + ", but "
        + hidden
        + " is not public: HookWiring, generated in the hooks package, cannot name it. Make it"
        + " public (and every type it is nested in).";
  }

  static String catalogNotPublic(String name) {
    return "@EventCatalog "
        + name
        + " must be public, and so must every type it is nested in: HookWiring, generated in the"
        + " hooks package, implements it. Add the public modifier.";
  }

  static String catalogGeneric(String name) {
    return "@EventCatalog "
        + name
        + " must not be generic: HookWiring implements it without type arguments, and each event"
        + " names its own entity type. Remove the type parameters.";
  }

  static String catalogInheritsMethod(String name, String owner, String method) {
    return "@EventCatalog "
        + name
        + " inherits the abstract method "
        + method
        + " from "
        + owner
        + ", which is not one of its events: HookWiring, which implements the catalog, would"
        + " have no body for it. A catalog declares its events itself; to use several catalogs in"
        + " one hooks package, name each of them: @HookPackage({A.class, B.class}).";
  }

  static String catalogReservedMethod(String name, String owner, String method) {
    return "@EventCatalog "
        + name
        + (owner.equals(name) ? " declares " : " inherits from " + owner + " ")
        + "the method "
        + method
        + ", which HookWiring generates itself to list its events and hooks. Rename the method.";
  }

  static String virtualName(String name) {
    return "@VirtualEvent name '"
        + name
        + "' must be kebab-case (lowercase words joined by '-'), for example"
        + " 'after-admin-user-create'.";
  }

  static String virtualNameTaken(String name, String owner) {
    return "@VirtualEvent name '"
        + name
        + "' is already taken by "
        + owner
        + ". A virtual event needs a name of its own, which its hook classes are named after:"
        + " name it after its condition, like 'after-admin-user-create' for 'after-user-create'"
        + " on the admin path.";
  }

  static String virtualFilter(String filter, String entity, String problem) {
    return "@VirtualEvent filter "
        + filter
        + " "
        + problem
        + ". A filter must be a public, non-abstract, non-generic class (top-level or static"
        + " nested) with a public no-argument constructor that implements"
        + " dev.hookwire.runtime.EventFilter<"
        + entity
        + ">, the base event's entity: the wiring creates it once, with new.";
  }

  static String eventPatchInvalid(String method, String entity, String patch) {
    return "Catalog method "
        + method
        + " is a before-event on "
        + entity
        + ", whose @PatchedBy names "
        + patch
        + ", which is not a valid patch (the error on "
        + entity
        + " says why, when it is compiled with this processor). Fix the patch, or remove"
        + " @PatchedBy so that hooks of this event return void.";
  }

  // ---- hand-written patches ----

  static String patchedByAndPatchable(String entity) {
    return entity
        + " has both @Patchable and @PatchedBy: a type has one patch. Keep @Patchable to have the"
        + " patch generated, or @PatchedBy to name your own.";
  }

  static String patchedByGenericEntity(String entity) {
    return "@PatchedBy on "
        + entity
        + ": a patched type must not be generic, since its patch's applyTo takes and returns"
        + " exactly that type. Remove the type parameters.";
  }

  static String patchedByInvalid(String entity, String patch, List<String> problems, String simpleEntity) {
    return "@PatchedBy on "
        + entity
        + " names "
        + patch
        + ", which is not a valid patch: "
        + String.join("; ", problems)
        + ". A patch is a public, non-generic type with two public instance methods that throw no"
        + " checked exception: "
        + simpleEntity
        + " applyTo("
        + simpleEntity
        + "), which returns a new "
        + simpleEntity
        + " and never changes its input, and boolean stopsChain().";
  }

  static String notARecord(String name) {
    return "@Patchable "
        + name
        + " must be a record: its patch copies the record's components. Make it a record or"
        + " remove @Patchable.";
  }

  static String patchableGeneric(String name) {
    return "@Patchable record " + name + " must not be generic.";
  }

  static String patchableNested(String name) {
    return "@Patchable record "
        + name
        + " must be a top-level record, so that its patch can sit next to it. Move it to its own"
        + " file.";
  }

  static String patchComponentClash(String record, String component) {
    return "@Patchable record "
        + record
        + " has a component named "
        + component
        + ", like a method every generated patch has (of, applyTo, stopChain, stopsChain, isEmpty):"
        + " the patch's setter "
        + component
        + "(..) would collide with it or read as it. Rename the component.";
  }

  static String internalError(String trace) {
    return "Hookwire internal error: this is a bug in Hookwire, not in your code. Please report it"
        + " with this trace:\n"
        + trace;
  }
}
