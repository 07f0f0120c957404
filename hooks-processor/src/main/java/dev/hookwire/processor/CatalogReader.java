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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
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
  /** Catalogs read in this round: each is read, and its errors reported, once per round. */
  private final Map<String, Optional<Result>> readThisRound = new HashMap<>();

  CatalogReader(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /** Forgets the catalogs read so far: elements are not reused across rounds. */
  void newRound() {
    readThisRound.clear();
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

  private Optional<Result> readUncached(TypeElement catalog, Report report) {
    Report local = new Report();
    if (catalog.getKind() != ElementKind.INTERFACE) {
      local.error(catalog, Messages.catalogNotInterface(catalog.getQualifiedName().toString()));
      report.merge(local);
      return Optional.empty();
    }
    List<Event> events = new ArrayList<>();
    Map<String, ExecutableElement> methodOfEvent = new HashMap<>();
    Map<String, TypeMirror> entityTypes = new HashMap<>();
    for (ExecutableElement method : ElementFilter.methodsIn(catalog.getEnclosedElements())) {
      if (!method.getModifiers().contains(Modifier.ABSTRACT)) {
        continue; // default and static methods are the host's helpers, not events
      }
      readEvent(method, local).ifPresent(event -> {
        List<Event> withVirtuals = new ArrayList<>();
        withVirtuals.add(event);
        withVirtuals.addAll(readVirtuals(method, event, local));
        for (Event e : withVirtuals) {
          ExecutableElement earlier = methodOfEvent.putIfAbsent(e.name(), method);
          if (earlier != null) {
            local.error(method, Messages.eventNameClash(e.name(), earlier.getSimpleName().toString(), method.getSimpleName().toString()));
          }
          entityTypes.put(e.name(), method.getParameters().get(0).asType());
        }
        events.addAll(withVirtuals);
      });
    }
    report.merge(local);
    if (local.hasErrors()) {
      return Optional.empty();
    }
    return Optional.of(new Result(new Catalog(ClassName.get(catalog), events), Map.copyOf(entityTypes)));
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
      report.error(method, Messages.eventWithoutKind(name));
      return Optional.empty();
    }
    if (kinds.size() > 1) {
      report.error(method, Messages.eventWithManyKinds(name));
      return Optional.empty();
    }
    Kind kind = kinds.get(0);
    if (!method.getTypeParameters().isEmpty()) {
      report.error(method, Messages.eventGeneric(name));
      return Optional.empty();
    }
    List<? extends VariableElement> parameters = method.getParameters();
    if (parameters.size() != 2
        || !isHookContext(parameters.get(1).asType())
        || parameters.get(0).asType().getKind().isPrimitive()) {
      report.error(method, Messages.eventParameters(name, signature(method)));
      return Optional.empty();
    }
    TypeMirror entity = parameters.get(0).asType();
    TypeMirror returned = method.getReturnType();
    boolean returnOk =
        kind == Kind.AFTER
            ? returned.getKind() == TypeKind.VOID
            : types.isSameType(returned, entity);
    if (!returnOk) {
      String expected = kind == Kind.AFTER ? "void" : entity.toString();
      report.error(method, Messages.eventReturn(name, kind.description(), expected, returned.toString()));
      return Optional.empty();
    }
    return Optional.of(
        new Event(
            Names.kebab(name),
            name,
            parameterName(parameters.get(0)),
            kind,
            TypeName.get(entity),
            kind == Kind.BEFORE ? patchOf(entity) : Optional.empty(),
            kind == Kind.TRANSFORM ? inputViewOf(entity) : InputView.AS_IS,
            timeoutOf(method, report),
            Annotations.has(method, TypeNames.TAGGED),
            Optional.empty(),
            Optional.empty()));
  }

  /**
   * The entity parameter's name; a catalog compiled without {@code -parameters} has only {@code
   * arg0}, so the name then comes from the type: {@code User} → {@code user}.
   */
  private String parameterName(VariableElement parameter) {
    String name = parameter.getSimpleName().toString();
    if (!name.matches("arg\\d+")) {
      return name;
    }
    Element type = types.asElement(parameter.asType());
    return type == null ? "entity" : Names.decapitalize(type.getSimpleName().toString());
  }

  private List<Event> readVirtuals(ExecutableElement method, Event base, Report report) {
    List<AnnotationMirror> mirrors = new ArrayList<>();
    Annotations.find(method, TypeNames.VIRTUAL_EVENT).ifPresent(mirrors::add);
    Annotations.find(method, TypeNames.VIRTUAL_EVENTS)
        .flatMap(container -> Annotations.value(container, "value"))
        .ifPresent(values -> Annotations.list(values).forEach(v -> mirrors.add((AnnotationMirror) v.getValue())));
    List<Event> virtuals = new ArrayList<>();
    TypeMirror entity = method.getParameters().get(0).asType();
    for (AnnotationMirror mirror : mirrors) {
      AnnotationValue nameValue = Annotations.value(mirror, "name").orElseThrow();
      AnnotationValue filterValue = Annotations.value(mirror, "filter").orElseThrow();
      String name = (String) nameValue.getValue();
      if (!Names.isKebab(name)) {
        report.error(method, mirror, nameValue, Messages.virtualName(name));
        continue;
      }
      // A class value javac cannot resolve arrives as a String ("<error>"), not a TypeMirror.
      if (!(filterValue.getValue() instanceof TypeMirror filter) || !isValidFilter(filter, entity)) {
        report.error(method, mirror, filterValue, Messages.virtualFilter(String.valueOf(filterValue.getValue()), entity.toString()));
        continue;
      }
      virtuals.add(
          new Event(
              name,
              base.method(),
              base.parameter(),
              base.kind(),
              base.entity(),
              base.patch(),
              base.inputView(),
              base.timeoutMillis(),
              base.tagged(),
              Optional.of(base.name()),
              Optional.of(ClassName.get((TypeElement) types.asElement(filter)))));
    }
    return virtuals;
  }

  private boolean isValidFilter(TypeMirror filter, TypeMirror entity) {
    if (filter.getKind() != TypeKind.DECLARED) {
      return false;
    }
    TypeElement type = (TypeElement) types.asElement(filter);
    TypeElement filterInterface = elements.getTypeElement(TypeNames.EVENT_FILTER.canonicalName());
    if (type.getKind() != ElementKind.CLASS
        || !type.getModifiers().contains(Modifier.PUBLIC)
        || type.getModifiers().contains(Modifier.ABSTRACT)
        || filterInterface == null
        || !hasPublicNoArgConstructor(type)) {
      return false;
    }
    DeclaredType wanted = types.getDeclaredType(filterInterface, entity);
    return types.isAssignable(filter, wanted);
  }

  static boolean hasPublicNoArgConstructor(TypeElement type) {
    return ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
        .anyMatch(c -> c.getParameters().isEmpty() && c.getModifiers().contains(Modifier.PUBLIC));
  }

  private Optional<ClassName> patchOf(TypeMirror entity) {
    Element element = types.asElement(entity);
    if (element instanceof TypeElement record
        && record.getKind() == ElementKind.RECORD
        && Annotations.has(record, TypeNames.PATCHABLE)) {
      return Optional.of(PatchableType.patchOf(ClassName.get(record)));
    }
    return Optional.empty();
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

  /** The {@code @Timeout} on {@code element} in milliseconds; an error when it is not positive. */
  static OptionalLong timeoutOf(Element element, Report report) {
    Optional<AnnotationMirror> timeout = Annotations.find(element, TypeNames.TIMEOUT);
    if (timeout.isEmpty()) {
      return OptionalLong.empty();
    }
    AnnotationValue value = Annotations.value(timeout.get(), "value").orElseThrow();
    long amount = ((Number) value.getValue()).longValue();
    if (amount <= 0) {
      report.error(element, timeout.get(), value, Messages.timeoutNotPositive(element.getSimpleName().toString(), amount));
      return OptionalLong.empty();
    }
    String unit =
        Annotations.value(timeout.get(), "unit")
            .map(u -> ((VariableElement) u.getValue()).getSimpleName().toString())
            .orElse(TimeUnit.MILLISECONDS.name());
    return OptionalLong.of(Math.max(1, TimeUnit.valueOf(unit).toMillis(amount)));
  }

  static boolean isHookContext(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && TypeName.get(type).equals(TypeNames.HOOK_CONTEXT);
  }

  static String signature(ExecutableElement method) {
    List<String> parameters = new ArrayList<>();
    for (VariableElement parameter : method.getParameters()) {
      parameters.add(simple(parameter.asType()));
    }
    return "(" + String.join(", ", parameters) + ")";
  }

  /** A type as a person writes it: {@code Map<String, String>}, not fully qualified. */
  static String simple(TypeMirror type) {
    return TypeName.get(type).toString().replaceAll("\\b[a-z][a-z0-9_]*\\.", "");
  }
}
