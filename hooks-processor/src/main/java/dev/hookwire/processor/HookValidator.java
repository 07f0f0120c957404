package dev.hookwire.processor;

import com.palantir.javapoet.ClassName;
import dev.hookwire.processor.model.Event;
import dev.hookwire.processor.model.Hook;
import dev.hookwire.processor.model.HookVersion;
import dev.hookwire.processor.model.Kind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Validates one hook class against the events of its package's catalogs: its event, its shape,
 * its {@code handle} method and its annotations. Every problem is reported on the element at
 * fault; all of them are reported, not just the first.
 */
final class HookValidator {
  private final Elements elements;
  private final Types types;
  private final Map<String, Event> events;
  private final Map<String, TypeMirror> entityTypes;

  /**
   * @param events every event the package's catalogs define, by name
   * @param entityTypes the entity type of each event, by name
   */
  HookValidator(
      Elements elements,
      Types types,
      Map<String, Event> events,
      Map<String, TypeMirror> entityTypes) {
    this.elements = elements;
    this.types = types;
    this.events = events;
    this.entityTypes = entityTypes;
  }

  /**
   * The hook, or empty when {@code report} got at least one error for it. A class that names no
   * known event gets that error only: it is most likely not meant as a hook, and advice on its
   * shape would point the wrong way.
   */
  Optional<Hook> validate(TypeElement type, Report report) {
    Report local = new Report();
    String name = type.getSimpleName().toString();
    if (type.getKind() != ElementKind.CLASS) {
      local.add(type, Message.NOT_A_CLASS.with(name, Message.kindOf(type.getKind())));
      report.merge(local);
      return Optional.empty();
    }
    if (KotlinShapes.isFileClass(type)) {
      local.add(
          type,
          Message.KOTLIN_FILE_CLASS.with(
              name, elements.getPackageOf(type).getQualifiedName().toString()));
      report.merge(local);
      return Optional.empty();
    }
    if (name.equals(TypeNames.WIRING)) {
      local.add(type, Message.RESERVED_NAME.with(name));
    }
    Optional<Event> found = eventOf(type, local);
    if (found.isEmpty()) {
      report.merge(local);
      return Optional.empty();
    }
    Event event = found.get();
    List<ClassName> dependencies = checkClassShape(type, local);
    checkMethodAnnotations(type, local);
    OptionalLong timeout = timeoutOf(type, event, local);
    List<String> tags = tagsOf(type, event, local);
    boolean async = isAsync(type, event, local);
    boolean inline = isInline(type, event, async, local);
    boolean durable = DurableChecks.isDurable(type, event, entityType(event), local);
    int order = orderOf(type, local);
    Optional<String> disabled = disabledReason(type, local);
    Optional<ExecutableElement> handle = findHandle(type, local, event);
    boolean takesContext = false;
    boolean returnsValue = false;
    if (handle.isPresent() && isKotlinOnly(type, handle.get(), local)) {
      handle = Optional.empty();
    }
    if (handle.isPresent()) {
      ExecutableType member =
          (ExecutableType) types.asMemberOf((DeclaredType) type.asType(), handle.get());
      Element at = handle.get().getEnclosingElement().equals(type) ? handle.get() : type;
      takesContext = checkParameters(type, handle.get(), member, at, event, local);
      returnsValue = checkReturn(type, member, at, event, local);
      checkRawTypes(type, member, at, event, local);
    }
    report.merge(local);
    if (local.hasErrors()) {
      return Optional.empty();
    }
    return Optional.of(new Hook(
        ClassName.get(type),
        event.name(),
        takesContext,
        returnsValue,
        order,
        disabled,
        timeout,
        tags,
        async,
        inline,
        elements.isDeprecated(type),
        dependencies,
        durable,
        versionOf(type)));
  }

  /** The {@code @Version} of {@code type}, its values unchecked ({@link VersionChecks} checks them). */
  private static Optional<HookVersion> versionOf(TypeElement type) {
    return Annotations.find(type, TypeNames.VERSION).map(version -> {
      String of =
          Annotations.value(version, "of").map(v -> v.getValue().toString()).orElse("");
      return new HookVersion(
          of.isEmpty() ? type.getSimpleName().toString() : of,
          Annotations.value(version, "value").map(v -> v.getValue().toString()).orElse(""),
          Annotations.value(version, "live")
              .map(v -> Boolean.TRUE.equals(v.getValue()))
              .orElse(false));
    });
  }

  /**
   * Whether {@code handle} has a shape only Kotlin gives it, reported so that the message says what
   * to do in Kotlin; its parameters and return type are then not checked, as their errors would
   * name what the stub shows ({@code Continuation}, {@code NonExistentClass}).
   */
  private static boolean isKotlinOnly(TypeElement type, ExecutableElement handle, Report report) {
    Element at = handle.getEnclosingElement().equals(type) ? handle : type;
    String name = type.getSimpleName().toString();
    if (KotlinShapes.isSuspend(handle)) {
      report.add(at, Message.KOTLIN_SUSPEND.with(name));
      return true;
    }
    boolean errorType = KotlinShapes.isKaptErrorType(handle.getReturnType())
        || handle.getParameters().stream().anyMatch(p -> KotlinShapes.isKaptErrorType(p.asType()));
    if (errorType) {
      report.add(at, Message.KAPT_ERROR_TYPE.with(name));
    }
    return errorType;
  }

  /**
   * Classes nested (at any depth) in {@code type}, a top-level class of the hooks package, that
   * are shaped like hooks: named after an event, with a handle method. Nested classes are never
   * hooks, so each is an error: the package is a hooks package, so the intent is plain, unlike a
   * hook-shaped class in a package without {@code @HookPackage}, which only gets a warning. One
   * with {@code @Hook} already has the error for a hook annotation on a nested class.
   */
  void checkNested(TypeElement type, Report report) {
    for (TypeElement nested : ElementFilter.typesIn(type.getEnclosedElements())) {
      String event = Names.kebab(nested.getSimpleName().toString());
      boolean hasHandle = ElementFilter.methodsIn(nested.getEnclosedElements()).stream()
          .anyMatch(m -> m.getSimpleName().contentEquals("handle"));
      if (nested.getKind() == ElementKind.CLASS
          && events.containsKey(event)
          && hasHandle
          && !Annotations.has(nested, TypeNames.HOOK)) {
        report.add(
            nested,
            Message.NESTED_HOOK.with(
                nested.getQualifiedName().toString(),
                event,
                topLevelOf(nested).getSimpleName().toString()));
      }
      checkNested(nested, report);
    }
  }

  private static TypeElement topLevelOf(TypeElement type) {
    TypeElement top = type;
    while (top.getEnclosingElement() instanceof TypeElement outer) {
      top = outer;
    }
    return top;
  }

  private Optional<Event> eventOf(TypeElement type, Report report) {
    String className = type.getSimpleName().toString();
    Optional<AnnotationMirror> hook = Annotations.find(type, TypeNames.HOOK);
    if (hook.isPresent()) {
      Optional<AnnotationValue> resolved = Annotations.resolvedValue(hook.get(), "value");
      if (resolved.isEmpty() || !(resolved.get().getValue() instanceof String text)) {
        report.unresolved();
        return Optional.empty();
      }
      AnnotationValue value = resolved.get();
      String named = text.strip();
      if (named.isEmpty()) {
        report.add(type, hook.get(), value, Message.EMPTY_HOOK_VALUE.with(className));
        return Optional.empty();
      }
      Event event = events.get(named);
      if (event == null) {
        report.add(
            type,
            hook.get(),
            value,
            Message.UNKNOWN_EVENT_IN_HOOK.with(
                named,
                className,
                Message.valueSuggestion(Names.suggest(named, events.keySet())),
                Message.lookalike(named),
                known()));
      }
      return Optional.ofNullable(event);
    }
    String eventName = Names.kebab(className);
    Event event = events.get(eventName);
    if (event == null && !className.equals(TypeNames.WIRING)) {
      report.add(
          type,
          Message.UNKNOWN_EVENT.with(
              eventName,
              className,
              Message.classSuggestion(className, Names.suggest(className, events.keySet())),
              Message.lookalike(className),
              known()));
    }
    return Optional.ofNullable(event);
  }

  private String known() {
    return Message.list(events.keySet().stream().sorted().toList());
  }

  /** Checks the class's modifiers and constructor; returns the types its constructor takes. */
  private List<ClassName> checkClassShape(TypeElement type, Report report) {
    String name = type.getSimpleName().toString();
    if (!type.getModifiers().contains(Modifier.PUBLIC)) {
      report.add(type, Message.HOOK_NOT_PUBLIC.with(name));
    }
    if (type.getModifiers().contains(Modifier.ABSTRACT)) {
      report.add(type, Message.HOOK_ABSTRACT.with(name));
    }
    if (!type.getTypeParameters().isEmpty()) {
      report.add(type.getTypeParameters().get(0), Message.HOOK_GENERIC.with(name));
    }
    if (KotlinShapes.isObject(type)) {
      report.add(type, Message.KOTLIN_OBJECT.with(name));
      return List.of();
    }
    List<ExecutableElement> constructors = ElementFilter.constructorsIn(type.getEnclosedElements());
    boolean implicit = constructors.size() == 1
        && CompilerQuirks.isImplicitConstructor(constructors.get(0), elements);
    return new HookConstructors(elements, types).check(type, implicit, report);
  }

  /** Hook annotations that compile on a method ({@code @Timeout}) and mean nothing there. */
  private static void checkMethodAnnotations(TypeElement type, Report report) {
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      Annotations.find(method, TypeNames.TIMEOUT)
          .ifPresent(mirror -> report.add(
              method,
              mirror,
              Message.HOOK_ANNOTATION_ON_METHOD.with(
                  "@Timeout",
                  type.getSimpleName().toString(),
                  method.getSimpleName().toString())));
    }
  }

  /** Its own {@code @Timeout}; the hint for a non-positive one depends on the event's default. */
  private static OptionalLong timeoutOf(TypeElement type, Event event, Report report) {
    String name = type.getSimpleName().toString();
    return ElementHelpers.timeoutOf(
        type,
        report,
        amount -> event.timeoutMillis().isPresent()
            ? Message.HOOK_TIMEOUT_NOT_POSITIVE.with(
                name, amount, event.name(), event.timeoutMillis().getAsLong())
            : Message.TIMEOUT_NOT_POSITIVE.with(name, amount));
  }

  /** Whether it is {@code @Inline}: an error with {@code @Timeout} or {@code @Async}. */
  private static boolean isInline(TypeElement type, Event event, boolean async, Report report) {
    Optional<AnnotationMirror> inline = Annotations.find(type, TypeNames.INLINE);
    if (inline.isEmpty()) {
      return false;
    }
    String name = type.getSimpleName().toString();
    if (Annotations.has(type, TypeNames.TIMEOUT)) {
      report.add(type, inline.get(), Message.INLINE_WITH_TIMEOUT.with(name));
    } else if (async || Annotations.has(type, TypeNames.ASYNC)) {
      report.add(type, inline.get(), Message.INLINE_WITH_ASYNC.with(name));
    } else if (event.timeoutMillis().isEmpty() && !ElementHelpers.suppressed(type)) {
      report.add(type, inline.get(), Message.INLINE_WITHOUT_EFFECT.with(name, event.name()));
    }
    return true;
  }

  private Optional<ExecutableElement> findHandle(TypeElement type, Report report, Event event) {
    String name = type.getSimpleName().toString();
    List<ExecutableElement> handles = ElementFilter.methodsIn(type.getEnclosedElements()).stream()
        .filter(m -> m.getSimpleName().contentEquals("handle"))
        .toList();
    if (handles.isEmpty()) {
      return inheritedHandle(type, report, event);
    }
    for (int i = 1; i < handles.size(); i++) {
      report.add(handles.get(i), Message.EXTRA_HANDLE.with(name, handles.size()));
    }
    ExecutableElement handle = handles.get(0);
    if (!handle.getModifiers().contains(Modifier.PUBLIC)) {
      report.add(handle, Message.HANDLE_NOT_PUBLIC.with(name));
    }
    if (handle.getModifiers().contains(Modifier.STATIC)) {
      report.add(handle, Message.HANDLE_STATIC.with(name));
    }
    if (!handle.getTypeParameters().isEmpty()) {
      report.add(handle.getTypeParameters().get(0), Message.HANDLE_GENERIC.with(name));
    }
    return Optional.of(handle);
  }

  /**
   * The {@code handle} {@code type} inherits (from a superclass or an interface's default method),
   * when the generated {@code hook.handle(..)} can call it: exactly one, public, not static, not
   * generic, declared in a public type. Otherwise an error that says why it does not count.
   */
  private Optional<ExecutableElement> inheritedHandle(
      TypeElement type, Report report, Event event) {
    String name = type.getSimpleName().toString();
    List<ExecutableElement> inherited =
        ElementFilter.methodsIn(elements.getAllMembers(type)).stream()
            .filter(m -> m.getSimpleName().contentEquals("handle"))
            .toList();
    if (inherited.isEmpty()) {
      report.add(type, Message.NO_HANDLE.with(name, expectedHandle(event)));
      return Optional.empty();
    }
    ExecutableElement handle = inherited.get(0);
    TypeElement owner = (TypeElement) handle.getEnclosingElement();
    String where = owner.getSimpleName() + ".handle" + ElementHelpers.signature(handle);
    Optional<String> why = inherited.size() > 1
        ? Optional.of(Message.Part.INHERITS_SEVERAL.format(name, inherited.size()))
        : !handle.getModifiers().contains(Modifier.PUBLIC)
            ? Optional.of(Message.Part.INHERITED_NOT_PUBLIC.format())
            : handle.getModifiers().contains(Modifier.STATIC)
                ? Optional.of(Message.Part.INHERITED_STATIC.format())
                : !handle.getTypeParameters().isEmpty()
                    ? Optional.of(Message.Part.INHERITED_GENERIC.format())
                    : !Visibility.isPublic(owner)
                        ? Optional.of(
                            Message.Part.OWNER_NOT_PUBLIC.format(owner.getQualifiedName()))
                        : Optional.empty();
    if (why.isPresent()) {
      report.add(type, Message.INHERITED_HANDLE.with(name, where, why.get()));
      return Optional.empty();
    }
    return Optional.of(handle);
  }

  /** {@code public UserPatch handle(User user, HookContext ctx)}, for messages. */
  private String expectedHandle(Event event) {
    String entity = simple(event);
    String returned = switch (event.kind()) {
      case BEFORE -> event.patch().map(ClassName::simpleName).orElse("void");
      case AFTER -> "void";
      case TRANSFORM -> entity;
    };
    String parameter = Names.decapitalize(entity.replaceAll("<.*", ""));
    return "public " + returned + " handle(" + entity + " " + parameter + ", HookContext ctx)";
  }

  /**
   * Checks the parameters; returns whether {@code handle} takes the context. {@code member} is its
   * type as a member of the hook (an inherited {@code handle(T)} of {@code Base<Login>} takes a
   * Login); the errors go on {@code at} when the method is inherited, else on the parameter.
   */
  private boolean checkParameters(
      TypeElement type,
      ExecutableElement handle,
      ExecutableType member,
      Element at,
      Event event,
      Report report) {
    String name = type.getSimpleName().toString();
    String entity = simple(event);
    String expected = "(" + entity + ") or (" + entity + ", HookContext)";
    List<? extends TypeMirror> parameters = member.getParameterTypes();
    String found =
        "(" + String.join(", ", parameters.stream().map(ElementHelpers::simple).toList()) + ")";
    boolean own = at == handle;
    if (parameters.isEmpty() || parameters.size() > 2) {
      report.add(at, Message.HANDLE_PARAMETER_COUNT.with(name, expected, found));
      return false;
    }
    TypeMirror first = parameters.get(0);
    if (ElementHelpers.isHookContext(first)) {
      if (parameters.size() == 1) {
        report.add(
            own ? handle.getParameters().get(0) : at,
            Message.HANDLE_ONLY_CONTEXT.with(name, expected));
      } else {
        report.add(
            at,
            Message.HANDLE_PARAMETERS_SWAPPED.with(name, "(" + entity + ", HookContext)", found));
      }
      return false;
    }
    if (!types.isAssignable(entityType(event), first)) {
      report.add(
          own ? handle.getParameters().get(0) : at,
          Message.HANDLE_WRONG_ENTITY.with(
              name, entity, event.name(), ElementHelpers.simple(first)));
    }
    if (parameters.size() == 2 && !ElementHelpers.isHookContext(parameters.get(1))) {
      report.add(
          own ? handle.getParameters().get(1) : at,
          Message.HANDLE_WRONG_CONTEXT.with(name, ElementHelpers.simple(parameters.get(1))));
    }
    return parameters.size() == 2;
  }

  /**
   * A raw type where the entity is parameterized ({@code Map handle(Map)} for a {@code Map<String,
   * String>}): assignable, so the other checks pass it, but unchecked in the wiring.
   */
  private void checkRawTypes(
      TypeElement type, ExecutableType member, Element at, Event event, Report report) {
    List<TypeMirror> used = new java.util.ArrayList<>(member.getParameterTypes());
    used.add(member.getReturnType());
    for (TypeMirror candidate : used) {
      if (isRaw(candidate)
          && types.isSameType(types.erasure(candidate), types.erasure(entityType(event)))) {
        report.add(
            at,
            Message.HANDLE_RAW_TYPE.with(
                type.getSimpleName().toString(),
                ElementHelpers.simple(candidate),
                simple(event),
                event.name()));
        return;
      }
    }
  }

  private static boolean isRaw(TypeMirror type) {
    return type instanceof DeclaredType declared
        && declared.getTypeArguments().isEmpty()
        && !((TypeElement) declared.asElement()).getTypeParameters().isEmpty();
  }

  /** Checks the return type; returns whether {@code handle} returns a value the wiring uses. */
  private boolean checkReturn(
      TypeElement type, ExecutableType member, Element at, Event event, Report report) {
    TypeMirror returned = member.getReturnType();
    boolean isVoid = returned.getKind() == TypeKind.VOID;
    String found = isVoid ? "void" : ElementHelpers.simple(returned);
    String allowed;
    String hint = Message.Part.RETURN_END.format();
    switch (event.kind()) {
      case BEFORE -> {
        if (isVoid) {
          return false;
        }
        if (event.patch().isPresent()
            && returned.getKind() == TypeKind.DECLARED
            && ClassName.get(returned).equals(event.patch().get())) {
          return true;
        }
        allowed = event.patch().map(p -> "void or " + p.simpleName()).orElse("void");
        if (event.patch().isPresent() && types.isSameType(returned, entityType(event))) {
          hint = Message.Part.RETURN_WHOLE_ENTITY.format(
              simple(event), event.patch().get().simpleName());
        } else if (event.patch().isEmpty()) {
          hint = Message.Part.RETURN_NOT_PATCHABLE.format(simple(event));
        }
      }
      case AFTER -> {
        if (isVoid) {
          return false;
        }
        allowed = "void";
      }
      case TRANSFORM -> {
        if (!isVoid && types.isAssignable(returned, entityType(event))) {
          return true;
        }
        allowed = simple(event);
        hint = Message.Part.RETURN_TRANSFORM.format();
      }
      default -> throw new AssertionError(event.kind());
    }
    report.add(
        at,
        Message.HANDLE_WRONG_RETURN.with(
            type.getSimpleName().toString(),
            allowed,
            event.name(),
            Message.indefinite(event.kind().description()),
            found,
            hint));
    return false;
  }

  private TypeMirror entityType(Event event) {
    return entityTypes.get(event.name());
  }

  private String simple(Event event) {
    return ElementHelpers.simple(entityType(event));
  }

  private static List<String> tagsOf(TypeElement type, Event event, Report report) {
    Optional<AnnotationMirror> annotation = Annotations.find(type, TypeNames.TAGS);
    if (annotation.isEmpty()) {
      return List.of();
    }
    String name = type.getSimpleName().toString();
    Optional<AnnotationValue> resolved = Annotations.resolvedValue(annotation.get(), "value");
    if (resolved.isEmpty()) {
      report.unresolved();
      return List.of();
    }
    AnnotationValue value = resolved.get();
    if (!event.tagged()) {
      report.add(
          type, annotation.get(), value, Message.TAGS_ON_UNTAGGED_EVENT.with(name, event.name()));
      return List.of();
    }
    List<String> tags = Annotations.list(value).stream()
        .map(v -> ((String) v.getValue()).strip())
        .distinct()
        .sorted()
        .toList();
    if (tags.isEmpty()) {
      report.add(type, annotation.get(), value, Message.TAGS_EMPTY.with(name));
    } else if (tags.contains("")) {
      report.add(type, annotation.get(), value, Message.TAG_BLANK.with(name));
    }
    return tags;
  }

  private static boolean isAsync(TypeElement type, Event event, Report report) {
    Optional<AnnotationMirror> annotation = Annotations.find(type, TypeNames.ASYNC);
    if (annotation.isPresent() && event.kind() != Kind.AFTER) {
      report.add(
          type,
          annotation.get(),
          Message.ASYNC_NOT_AFTER.with(
              type.getSimpleName().toString(),
              event.name(),
              Message.indefinite(event.kind().description())));
      return false;
    }
    return annotation.isPresent();
  }

  private static int orderOf(TypeElement type, Report report) {
    Optional<AnnotationMirror> order = Annotations.find(type, TypeNames.ORDER);
    if (order.isEmpty()) {
      return 0;
    }
    Optional<AnnotationValue> value = Annotations.resolvedValue(order.get(), "value");
    if (value.isEmpty() || !(value.get().getValue() instanceof Integer number)) {
      report.unresolved();
      return 0;
    }
    return number;
  }

  /** The {@code @Disabled} reason; a blank one is an error. */
  private static Optional<String> disabledReason(TypeElement type, Report report) {
    Optional<AnnotationMirror> disabled = Annotations.find(type, TypeNames.DISABLED);
    if (disabled.isEmpty()) {
      return Optional.empty();
    }
    Optional<AnnotationValue> value = Annotations.resolvedValue(disabled.get(), "value");
    if (value.isEmpty() || !(value.get().getValue() instanceof String reason)) {
      report.unresolved();
      return Optional.empty();
    }
    if (reason.isBlank()) {
      report.add(
          type,
          disabled.get(),
          value.get(),
          Message.DISABLED_WITHOUT_REASON.with(type.getSimpleName().toString()));
    }
    return Optional.of(reason);
  }
}
