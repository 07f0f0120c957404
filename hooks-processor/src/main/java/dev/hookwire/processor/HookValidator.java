package dev.hookwire.processor;

import com.palantir.javapoet.ClassName;
import dev.hookwire.processor.model.Event;
import dev.hookwire.processor.model.Hook;
import dev.hookwire.processor.model.Kind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
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
  HookValidator(Elements elements, Types types, Map<String, Event> events, Map<String, TypeMirror> entityTypes) {
    this.elements = elements;
    this.types = types;
    this.events = events;
    this.entityTypes = entityTypes;
  }

  /** The hook, or empty when {@code report} got at least one error for it. */
  Optional<Hook> validate(TypeElement type, Report report) {
    Report local = new Report();
    String name = type.getSimpleName().toString();
    if (type.getKind() != ElementKind.CLASS) {
      local.error(type, Messages.notAClass(name, article(type.getKind())));
      report.merge(local);
      return Optional.empty();
    }
    if (name.equals(TypeNames.WIRING)) {
      local.error(type, Messages.reservedName(name));
    }
    Optional<Event> event = eventOf(type, local);
    checkClassShape(type, local);
    OptionalLong timeout = CatalogReader.timeoutOf(type, local);
    List<String> tags = event.map(e -> tagsOf(type, e, local)).orElse(List.of());
    boolean async = event.map(e -> isAsync(type, e, local)).orElse(false);
    Optional<ExecutableElement> handle = findHandle(type, local, event);
    boolean takesContext = false;
    boolean returnsValue = false;
    if (event.isPresent() && handle.isPresent()) {
      takesContext = checkParameters(type, handle.get(), event.get(), local);
      returnsValue = checkReturn(type, handle.get(), event.get(), local);
    }
    report.merge(local);
    if (local.hasErrors()) {
      return Optional.empty();
    }
    return Optional.of(
        new Hook(
            ClassName.get(type),
            event.orElseThrow().name(),
            takesContext,
            returnsValue,
            orderOf(type),
            disabledReason(type),
            timeout,
            tags,
            async,
            false,
            elements.isDeprecated(type)));
  }

  private Optional<Event> eventOf(TypeElement type, Report report) {
    String className = type.getSimpleName().toString();
    Optional<AnnotationMirror> hook = Annotations.find(type, TypeNames.HOOK);
    if (hook.isPresent()) {
      AnnotationValue value = Annotations.value(hook.get(), "value").orElseThrow();
      String named = ((String) value.getValue()).strip();
      if (named.isEmpty()) {
        report.error(type, hook.get(), value, Messages.emptyHookValue(className));
        return Optional.empty();
      }
      Event event = events.get(named);
      if (event == null) {
        report.error(type, hook.get(), value, Messages.unknownEventAnnotation(named, className, Names.closest(named, events.keySet()), known()));
      }
      return Optional.ofNullable(event);
    }
    String eventName = Names.kebab(className);
    Event event = events.get(eventName);
    if (event == null && !className.equals(TypeNames.WIRING)) {
      report.error(type, Messages.unknownEventClass(eventName, className, Names.closest(eventName, events.keySet()), known()));
    }
    return Optional.ofNullable(event);
  }

  private List<String> known() {
    return events.keySet().stream().sorted().toList();
  }

  private void checkClassShape(TypeElement type, Report report) {
    String name = type.getSimpleName().toString();
    if (!type.getModifiers().contains(Modifier.PUBLIC)) {
      report.error(type, Messages.notPublic(name));
    }
    if (type.getModifiers().contains(Modifier.ABSTRACT)) {
      report.error(type, Messages.isAbstract(name));
    }
    if (!type.getTypeParameters().isEmpty()) {
      report.error(type.getTypeParameters().get(0), Messages.isGeneric(name));
    }
    List<ExecutableElement> constructors = ElementFilter.constructorsIn(type.getEnclosedElements());
    boolean implicit =
        constructors.size() == 1 && elements.getOrigin(constructors.get(0)) == Elements.Origin.MANDATED;
    // An implicit constructor has the class's access: making the class public fixes both.
    if (!implicit && !CatalogReader.hasPublicNoArgConstructor(type)) {
      report.error(constructors.isEmpty() ? type : constructors.get(0), Messages.noPublicNoArgConstructor(name));
    }
  }

  private Optional<ExecutableElement> findHandle(TypeElement type, Report report, Optional<Event> event) {
    String name = type.getSimpleName().toString();
    List<ExecutableElement> handles =
        ElementFilter.methodsIn(type.getEnclosedElements()).stream()
            .filter(m -> m.getSimpleName().contentEquals("handle"))
            .toList();
    if (handles.isEmpty()) {
      // Without a known event the class is most likely a misplaced helper: the unknown-event
      // error says so, and a missing handle would only be noise.
      event.ifPresent(e -> report.error(type, Messages.noHandle(name, expectedHandle(e))));
      return Optional.empty();
    }
    for (int i = 1; i < handles.size(); i++) {
      report.error(handles.get(i), Messages.extraHandle(name, handles.size()));
    }
    ExecutableElement handle = handles.get(0);
    if (!handle.getModifiers().contains(Modifier.PUBLIC)) {
      report.error(handle, Messages.handleNotPublic(name));
    }
    if (handle.getModifiers().contains(Modifier.STATIC)) {
      report.error(handle, Messages.handleStatic(name));
    }
    if (!handle.getTypeParameters().isEmpty()) {
      report.error(handle.getTypeParameters().get(0), Messages.handleGeneric(name));
    }
    return Optional.of(handle);
  }

  /** {@code public UserPatch handle(User user, HookContext ctx)}, for messages. */
  private String expectedHandle(Event event) {
    String entity = simple(event);
    String returned =
        switch (event.kind()) {
          case BEFORE -> event.patch().map(ClassName::simpleName).orElse("void");
          case AFTER -> "void";
          case TRANSFORM -> entity;
        };
    String parameter = Names.decapitalize(entity.replaceAll("<.*", ""));
    return "public " + returned + " handle(" + entity + " " + parameter + ", HookContext ctx)";
  }

  /** Checks the parameters; returns whether {@code handle} takes the context. */
  private boolean checkParameters(TypeElement type, ExecutableElement handle, Event event, Report report) {
    String name = type.getSimpleName().toString();
    String entity = simple(event);
    String expected = "(" + entity + ") or (" + entity + ", HookContext)";
    List<? extends VariableElement> parameters = handle.getParameters();
    String found = CatalogReader.signature(handle);
    if (parameters.isEmpty() || parameters.size() > 2) {
      report.error(handle, Messages.wrongParameterCount(name, expected, found));
      return false;
    }
    TypeMirror first = parameters.get(0).asType();
    if (CatalogReader.isHookContext(first)) {
      if (parameters.size() == 1) {
        report.error(parameters.get(0), Messages.onlyContext(name, expected));
      } else {
        report.error(handle, Messages.parametersSwapped(name, "(" + entity + ", HookContext)", found));
      }
      return false;
    }
    if (!types.isAssignable(entityType(event), first)) {
      report.error(parameters.get(0), Messages.wrongEntityParameter(name, entity, event.name(), CatalogReader.simple(first)));
    }
    if (parameters.size() == 2 && !CatalogReader.isHookContext(parameters.get(1).asType())) {
      report.error(parameters.get(1), Messages.wrongContextParameter(name, CatalogReader.simple(parameters.get(1).asType())));
    }
    return parameters.size() == 2;
  }

  /** Checks the return type; returns whether {@code handle} returns a value the wiring uses. */
  private boolean checkReturn(TypeElement type, ExecutableElement handle, Event event, Report report) {
    TypeMirror returned = handle.getReturnType();
    boolean isVoid = returned.getKind() == TypeKind.VOID;
    String found = isVoid ? "void" : CatalogReader.simple(returned);
    String allowed;
    String hint = ".";
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
          hint = ". A before-hook changes the " + simple(event) + " by returning a "
              + event.patch().get().simpleName() + " that names only what changes; the wiring merges it into a"
              + " new " + simple(event) + ". It never returns a whole " + simple(event) + ".";
        } else if (event.patch().isEmpty()) {
          hint = ": " + simple(event) + " is not @Patchable, so the hook cannot change it; deny by"
              + " throwing HookRejection.";
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
        hint = ": the replacement for the input (return the input to keep it).";
      }
      default -> throw new AssertionError(event.kind());
    }
    report.error(handle, Messages.wrongReturn(type.getSimpleName().toString(), allowed, event.name(), event.kind().description(), found, hint));
    return false;
  }

  private TypeMirror entityType(Event event) {
    return entityTypes.get(event.name());
  }

  private String simple(Event event) {
    return CatalogReader.simple(entityType(event));
  }

  private static List<String> tagsOf(TypeElement type, Event event, Report report) {
    Optional<AnnotationMirror> annotation = Annotations.find(type, TypeNames.TAGS);
    if (annotation.isEmpty()) {
      return List.of();
    }
    String name = type.getSimpleName().toString();
    AnnotationValue value = Annotations.value(annotation.get(), "value").orElseThrow();
    if (!event.tagged()) {
      report.error(type, annotation.get(), value, Messages.tagsOnUntaggedEvent(name, event.name()));
      return List.of();
    }
    List<String> tags = Annotations.list(value).stream().map(v -> ((String) v.getValue()).strip()).distinct().sorted().toList();
    if (tags.isEmpty()) {
      report.error(type, annotation.get(), value, Messages.tagsEmpty(name));
    } else if (tags.contains("")) {
      report.error(type, annotation.get(), value, Messages.tagBlank(name));
    }
    return tags;
  }

  private static boolean isAsync(TypeElement type, Event event, Report report) {
    Optional<AnnotationMirror> annotation = Annotations.find(type, TypeNames.ASYNC);
    if (annotation.isPresent() && event.kind() != Kind.AFTER) {
      report.error(type, annotation.get(), Messages.asyncNotAfter(type.getSimpleName().toString(), event.name(), event.kind().description()));
      return false;
    }
    return annotation.isPresent();
  }

  private static int orderOf(TypeElement type) {
    return Annotations.find(type, TypeNames.ORDER)
        .flatMap(order -> Annotations.value(order, "value"))
        .map(v -> (Integer) v.getValue())
        .orElse(0);
  }

  private static Optional<String> disabledReason(TypeElement type) {
    return Annotations.find(type, TypeNames.DISABLED)
        .flatMap(disabled -> Annotations.value(disabled, "value"))
        .map(v -> (String) v.getValue());
  }

  static String article(ElementKind kind) {
    return switch (kind) {
      case INTERFACE -> "an interface";
      case ENUM -> "an enum";
      case RECORD -> "a record";
      case ANNOTATION_TYPE -> "an annotation type";
      default -> "a " + kind.name().toLowerCase(java.util.Locale.ROOT);
    };
  }
}
