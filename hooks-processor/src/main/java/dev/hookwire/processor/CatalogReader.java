package dev.hookwire.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.hookwire.processor.model.Catalog;
import dev.hookwire.processor.model.Event;
import dev.hookwire.processor.model.InputView;
import dev.hookwire.processor.model.Kind;
import dev.hookwire.processor.model.PatchableType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
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
 * Reads an {@code @EventCatalog} interface, from source or from a class file, into a {@link
 * Catalog}, reporting every method that is not a valid event on that method.
 */
final class CatalogReader {
  private final Elements elements;
  private final Types types;
  private final PatchedByReader patchedBy;
  private final VirtualEventReader virtualEvents;
  /** Catalogs read in this round: each is read, and its errors reported, once per round. */
  private final Map<String, Optional<Result>> readThisRound = new HashMap<>();
  /** Catalogs of this round that failed only on values the compiler could not resolve. */
  private final Set<String> failedQuietly = new HashSet<>();

  CatalogReader(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
    this.patchedBy = new PatchedByReader(elements, types);
    this.virtualEvents = new VirtualEventReader(elements, types);
  }

  /** Forgets the catalogs read so far: elements are not reused across rounds. */
  void newRound() {
    readThisRound.clear();
    failedQuietly.clear();
  }

  /**
   * A catalog and, for validating hooks against it, the entity type of each of its events by
   * name.
   */
  record Result(Catalog catalog, Map<String, TypeMirror> entityTypes) {}

  /**
   * The catalog, or empty when it has errors. The errors go to {@code report} the first time the
   * catalog is read in a round only, so a catalog shared by several packages is reported once.
   */
  Optional<Result> read(TypeElement catalog, Report report) {
    String name = catalog.getQualifiedName().toString();
    Optional<Result> known = readThisRound.get(name);
    if (known == null) {
      known = readUncached(catalog, report);
      readThisRound.put(name, known);
    }
    return known;
  }

  /**
   * Whether {@code catalog} was invalid only because of a type or constant the compiler could not
   * resolve: the compiler's error says so, and no message of Hookwire's should follow it.
   */
  boolean failedQuietly(TypeElement catalog) {
    return failedQuietly.contains(catalog.getQualifiedName().toString());
  }

  private Optional<Result> readUncached(TypeElement catalog, Report report) {
    Report local = new Report();
    String catalogName = catalog.getQualifiedName().toString();
    if (catalog.getKind() != ElementKind.INTERFACE) {
      local.add(catalog, Message.CATALOG_NOT_INTERFACE.with(catalogName));
      report.merge(local);
      return Optional.empty();
    }
    if (!Visibility.isPublic(catalog)) {
      local.add(catalog, Message.CATALOG_NOT_PUBLIC.with(catalogName));
    }
    if (!catalog.getTypeParameters().isEmpty()) {
      local.add(catalog, Message.CATALOG_GENERIC.with(catalogName));
    }
    checkInheritedMethods(catalog, local);
    checkReservedNames(catalog, local);

    List<ExecutableElement> methods = ElementFilter.methodsIn(catalog.getEnclosedElements());
    // First every base event's name, so that a virtual event is checked against all of them.
    Map<String, ExecutableElement> baseEvents = new LinkedHashMap<>();
    List<ExecutableElement> eventMethods = new ArrayList<>();
    for (ExecutableElement method : methods) {
      if (!method.getModifiers().contains(Modifier.ABSTRACT)) {
        checkHelper(method, local); // default, static and private methods are the host's helpers
        continue;
      }
      String methodName = method.getSimpleName().toString();
      String eventName = Names.kebab(methodName);
      if (!Names.isKebab(eventName)) {
        local.add(method, Message.EVENT_NAME_INVALID.with(methodName, eventName));
        continue;
      }
      ExecutableElement earlier = baseEvents.putIfAbsent(eventName, method);
      if (earlier == null) {
        eventMethods.add(method);
      } else if (earlier.getSimpleName().contentEquals(methodName)) {
        local.add(method, Message.EVENT_OVERLOADED.with(methodName, eventName));
      } else {
        local.add(
            method,
            Message.EVENT_NAME_CLASH.with(
                eventName, earlier.getSimpleName().toString(), methodName));
      }
    }

    List<Event> events = new ArrayList<>();
    Map<String, TypeMirror> entityTypes = new HashMap<>();
    Map<String, ExecutableElement> virtualNames = new HashMap<>();
    for (ExecutableElement method : eventMethods) {
      readEvent(method, local).ifPresent(event -> {
        TypeMirror entity = method.getParameters().get(0).asType();
        events.add(event);
        entityTypes.put(event.name(), entity);
        for (Event virtual : virtualEvents.read(method, event, baseEvents, virtualNames, local)) {
          events.add(virtual);
          entityTypes.put(virtual.name(), entity);
        }
      });
    }
    report.merge(local);
    if (local.hasErrors()) {
      if (!local.hasMessages()) {
        failedQuietly.add(catalogName);
      }
      return Optional.empty();
    }
    return Optional.of(
        new Result(new Catalog(ClassName.get(catalog), events), Map.copyOf(entityTypes)));
  }

  /**
   * A default, static or private method is the host's helper, not an event: an event annotation
   * on it would be silently ignored, so it is an error.
   */
  private void checkHelper(ExecutableElement method, Report report) {
    for (String annotation : TypeNames.EVENT_ANNOTATIONS) {
      Optional<AnnotationMirror> mirror = Annotations.find(method, annotation);
      if (mirror.isPresent()) {
        Set<Modifier> modifiers = method.getModifiers();
        boolean isStatic = modifiers.contains(Modifier.STATIC);
        boolean isPrivate = !isStatic && modifiers.contains(Modifier.PRIVATE);
        String what = isStatic ? "static" : isPrivate ? "private" : "default";
        Message.Part fix = isStatic
            ? Message.Part.FIX_STATIC
            : isPrivate ? Message.Part.FIX_PRIVATE : Message.Part.FIX_DEFAULT;
        report.add(
            method,
            mirror.get(),
            Message.EVENT_NOT_ABSTRACT.with(
                method.getSimpleName().toString(),
                what,
                "@" + simpleAnnotationName(annotation),
                fix.format()));
        return;
      }
    }
  }

  private static String simpleAnnotationName(String annotation) {
    return annotation.substring(TypeNames.ANNOTATIONS.length()).replace('$', '.');
  }

  /**
   * Abstract methods the catalog inherits from another interface are no events: the generated
   * {@code HookWiring} would have no body for them and would not compile.
   */
  private void checkInheritedMethods(TypeElement catalog, Report report) {
    List<ExecutableElement> candidates = new ArrayList<>();
    List<ExecutableElement> implementations =
        new ArrayList<>(ElementFilter.methodsIn(catalog.getEnclosedElements()));
    for (TypeElement superInterface : superInterfaces(catalog)) {
      for (ExecutableElement method :
          ElementFilter.methodsIn(superInterface.getEnclosedElements())) {
        if (method.getModifiers().contains(Modifier.ABSTRACT)) {
          candidates.add(method);
        } else if (!method.getModifiers().contains(Modifier.STATIC)) {
          implementations.add(method);
        }
      }
    }
    for (ExecutableElement inherited : candidates) {
      boolean implemented = isObjectMethod(inherited)
          || implementations.stream()
              .anyMatch(m -> m != inherited && elements.overrides(m, inherited, catalog));
      if (!implemented) {
        TypeElement owner = (TypeElement) inherited.getEnclosingElement();
        report.add(
            catalog,
            Message.CATALOG_INHERITS_METHOD.with(
                catalog.getQualifiedName().toString(),
                owner.getQualifiedName().toString(),
                inherited.getSimpleName() + ElementHelpers.signature(inherited)));
        return;
      }
    }
  }

  /** {@code HookWiring} has its own {@code describe()}: a catalog method of that signature clashes. */
  private void checkReservedNames(TypeElement catalog, Report report) {
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(catalog))) {
      if (method.getSimpleName().contentEquals(TypeNames.DESCRIBE)
          && method.getParameters().isEmpty()) {
        TypeElement owner = (TypeElement) method.getEnclosingElement();
        report.add(
            owner.equals(catalog) ? method : catalog,
            Message.CATALOG_RESERVED_METHOD.with(
                catalog.getQualifiedName().toString(),
                owner.equals(catalog)
                    ? Message.Part.DECLARES.format()
                    : Message.Part.INHERITS_FROM.format(owner.getQualifiedName()),
                TypeNames.DESCRIBE + "()"));
        return;
      }
    }
  }

  private Set<TypeElement> superInterfaces(TypeElement type) {
    Set<TypeElement> all = new LinkedHashSet<>();
    for (TypeMirror direct : type.getInterfaces()) {
      if (types.asElement(direct) instanceof TypeElement superInterface
          && all.add(superInterface)) {
        all.addAll(superInterfaces(superInterface));
      }
    }
    return all;
  }

  /** {@code equals(Object)}, {@code hashCode()}, {@code toString()}: every class has them. */
  private static boolean isObjectMethod(ExecutableElement method) {
    String name = method.getSimpleName().toString();
    List<? extends VariableElement> parameters = method.getParameters();
    return switch (name) {
      case "hashCode", "toString" -> parameters.isEmpty();
      case "equals" ->
        parameters.size() == 1 && TypeName.get(parameters.get(0).asType()).equals(ClassName.OBJECT);
      default -> false;
    };
  }

  private Optional<Event> readEvent(ExecutableElement method, Report report) {
    String name = method.getSimpleName().toString();
    List<Kind> kinds = new ArrayList<>();
    if (Annotations.has(method, TypeNames.BEFORE_EVENT)) {
      kinds.add(Kind.BEFORE);
    }
    if (Annotations.has(method, TypeNames.AFTER_EVENT)) {
      kinds.add(Kind.AFTER);
    }
    if (Annotations.has(method, TypeNames.TRANSFORM_EVENT)) {
      kinds.add(Kind.TRANSFORM);
    }
    if (kinds.isEmpty()) {
      report.add(method, Message.EVENT_WITHOUT_KIND.with(name));
      return Optional.empty();
    }
    if (kinds.size() > 1) {
      report.add(method, Message.EVENT_WITH_MANY_KINDS.with(name));
      return Optional.empty();
    }
    Kind kind = kinds.get(0);
    if (!method.getTypeParameters().isEmpty()) {
      report.add(method, Message.EVENT_GENERIC.with(name));
      return Optional.empty();
    }
    List<? extends VariableElement> parameters = method.getParameters();
    if (parameters.size() != 2
        || !ElementHelpers.isHookContext(parameters.get(1).asType())
        || parameters.get(0).asType().getKind().isPrimitive()) {
      report.add(method, Message.EVENT_PARAMETERS.with(name, ElementHelpers.signature(method)));
      return Optional.empty();
    }
    TypeMirror entity = parameters.get(0).asType();
    Optional<String> hidden = Visibility.hiddenPart(entity);
    if (hidden.isPresent()) {
      report.add(
          parameters.get(0),
          Message.ENTITY_NOT_PUBLIC.with(name, ElementHelpers.simple(entity), hidden.get()));
      return Optional.empty();
    }
    TypeMirror returned = method.getReturnType();
    boolean returnOk = kind == Kind.AFTER
        ? returned.getKind() == TypeKind.VOID
        : types.isSameType(returned, entity);
    if (!returnOk) {
      String expected = kind == Kind.AFTER ? "void" : entity.toString();
      report.add(
          method,
          Message.EVENT_RETURN.with(
              name, Message.indefinite(kind.description()), expected, returned.toString()));
      return Optional.empty();
    }
    Optional<ClassName> patch = Optional.empty();
    if (kind == Kind.BEFORE) {
      Optional<Optional<ClassName>> read = patchOf(method, entity, report);
      if (read.isEmpty()) {
        return Optional.empty();
      }
      patch = read.get();
    }
    return Optional.of(new Event(
        Names.kebab(name),
        name,
        parameterName(parameters.get(0)),
        kind,
        TypeName.get(entity),
        patch,
        kind == Kind.TRANSFORM ? inputViewOf(entity) : InputView.AS_IS,
        ElementHelpers.timeoutOf(
            method,
            report,
            amount -> Message.TIMEOUT_NOT_POSITIVE.with(method.getSimpleName().toString(), amount)),
        Annotations.has(method, TypeNames.TAGGED),
        Optional.empty(),
        Optional.empty()));
  }

  /**
   * The entity parameter's name; a catalog compiled without {@code -parameters} has only {@code
   * arg0} (and so has every catalog method ECJ reads from a class file: it drops the names of an
   * annotated method), so the name then comes from the type: {@code User} → {@code user}.
   */
  private String parameterName(VariableElement parameter) {
    String name = parameter.getSimpleName().toString();
    if (!name.matches("arg\\d+")) {
      return name;
    }
    Element type = types.asElement(parameter.asType());
    return type == null ? "entity" : Names.decapitalize(type.getSimpleName().toString());
  }

  /**
   * The patch a before-hook of {@code entity} returns: the generated one of a {@code @Patchable}
   * record, the one {@code @PatchedBy} names, or none (the hooks return void). Empty (outside)
   * when {@code @PatchedBy} names an invalid patch: an error on the catalog method, next to the one
   * on the entity type where it is compiled.
   */
  private Optional<Optional<ClassName>> patchOf(
      ExecutableElement method, TypeMirror entity, Report report) {
    Element element = types.asElement(entity);
    if (!(element instanceof TypeElement type)) {
      return Optional.of(Optional.empty());
    }
    if (Annotations.has(type, TypeNames.PATCHED_BY)) {
      Optional<ClassName> patch = patchedBy.read(type, new Report());
      Optional<String> named = Annotations.find(type, TypeNames.PATCHED_BY)
          .flatMap(mirror -> Annotations.resolvedValue(mirror, "value"))
          .map(value -> String.valueOf(value.getValue()));
      if (patch.isEmpty() && named.isEmpty()) {
        report.unresolved(); // javac reports the patch class it cannot resolve
        return Optional.empty();
      }
      if (patch.isEmpty()) {
        report.add(
            method.getParameters().get(0),
            Message.EVENT_PATCH_INVALID.with(
                method.getSimpleName().toString(),
                type.getQualifiedName().toString(),
                named.get()));
        return Optional.empty();
      }
      return Optional.of(patch);
    }
    if ((type.getKind() == ElementKind.RECORD || KotlinShapes.isDataClass(type))
        && Annotations.has(type, TypeNames.PATCHABLE)) {
      return Optional.of(Optional.of(PatchableType.patchOf(ClassName.get(type))));
    }
    return Optional.of(Optional.empty());
  }

  private InputView inputViewOf(TypeMirror entity) {
    if (!(types.asElement(entity) instanceof TypeElement type)) {
      return InputView.AS_IS;
    }
    return switch (type.getQualifiedName().toString()) {
      case "java.util.Map" -> InputView.MAP;
      case "java.util.List" -> InputView.LIST;
      case "java.util.Set" -> InputView.SET;
      case "java.util.Collection" -> InputView.COLLECTION;
      default -> InputView.AS_IS;
    };
  }
}
