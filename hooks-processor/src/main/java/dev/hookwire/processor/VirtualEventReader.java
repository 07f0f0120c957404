package dev.hookwire.processor;

import com.palantir.javapoet.ClassName;
import dev.hookwire.processor.model.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads the {@code @VirtualEvent} annotations of a catalog method: each names a virtual event of
 * the method's event, whose hooks run only for entities its {@code EventFilter} accepts.
 */
final class VirtualEventReader {
  private final Elements elements;
  private final Types types;

  VirtualEventReader(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /**
   * The virtual events {@code method}'s {@code @VirtualEvent} annotations declare on its event
   * {@code base}; each invalid one is an error on its annotation value, and left out.
   *
   * @param baseEvents the catalog's base events by name, whose names a virtual event cannot take
   * @param virtualEvents the virtual events read so far by name, with their catalog method; this
   *     method adds its own
   */
  List<Event> read(
      ExecutableElement method,
      Event base,
      Map<String, ExecutableElement> baseEvents,
      Map<String, ExecutableElement> virtualEvents,
      Report report) {
    List<AnnotationMirror> mirrors = new ArrayList<>();
    Annotations.find(method, TypeNames.VIRTUAL_EVENT).ifPresent(mirrors::add);
    Annotations.find(method, TypeNames.VIRTUAL_EVENTS)
        .flatMap(container -> Annotations.value(container, "value"))
        .ifPresent(values ->
            Annotations.list(values).forEach(v -> mirrors.add((AnnotationMirror) v.getValue())));
    List<Event> virtuals = new ArrayList<>();
    TypeMirror entity = method.getParameters().get(0).asType();
    for (AnnotationMirror mirror : mirrors) {
      Optional<AnnotationValue> resolvedName = Annotations.resolvedValue(mirror, "name");
      Optional<AnnotationValue> resolvedFilter = Annotations.resolvedValue(mirror, "filter");
      if (resolvedName.isEmpty() || resolvedFilter.isEmpty()) {
        report.unresolved(); // javac reports the constant or class it cannot resolve
        continue;
      }
      AnnotationValue nameValue = resolvedName.get();
      AnnotationValue filterValue = resolvedFilter.get();
      String name = (String) nameValue.getValue();
      if (!Names.isKebab(name)) {
        report.add(method, mirror, nameValue, Message.VIRTUAL_EVENT_NAME.with(name));
        continue;
      }
      ExecutableElement baseMethod = baseEvents.get(name);
      ExecutableElement other = virtualEvents.putIfAbsent(name, method);
      if (baseMethod != null || other != null) {
        String owner = baseMethod != null
            ? Message.Part.TAKEN_BY_EVENT.format(baseMethod.getSimpleName())
            : Message.Part.TAKEN_BY_VIRTUAL.format(other.getSimpleName());
        report.add(method, mirror, nameValue, Message.VIRTUAL_EVENT_NAME_TAKEN.with(name, owner));
        continue;
      }
      Optional<String> problem = filterValue.getValue() instanceof TypeMirror filter
          ? filterProblem(filter, entity)
          : Optional.of(Message.Part.FILTER_NOT_A_CLASS.format());
      if (problem.isPresent()) {
        report.add(
            method,
            mirror,
            filterValue,
            Message.VIRTUAL_EVENT_FILTER.with(
                String.valueOf(filterValue.getValue()), problem.get(), entity.toString()));
        continue;
      }
      TypeMirror filter = (TypeMirror) filterValue.getValue();
      virtuals.add(new Event(
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

  /** Why {@code filter} cannot be the filter of a virtual event on {@code entity}, if it cannot. */
  private Optional<String> filterProblem(TypeMirror filter, TypeMirror entity) {
    if (filter.getKind() != TypeKind.DECLARED) {
      return Optional.of(Message.Part.FILTER_NOT_A_CLASS.format());
    }
    TypeElement type = (TypeElement) types.asElement(filter);
    Set<Modifier> modifiers = type.getModifiers();
    if (type.getKind() != ElementKind.CLASS) {
      return Optional.of(Message.Part.FILTER_KIND.format(Message.kindOf(type.getKind())));
    }
    if (!Visibility.isPublic(type)) {
      return Optional.of(Message.Part.FILTER_NOT_PUBLIC.format());
    }
    if (type.getNestingKind() == NestingKind.MEMBER && !modifiers.contains(Modifier.STATIC)) {
      return Optional.of(Message.Part.FILTER_INNER.format());
    }
    if (modifiers.contains(Modifier.ABSTRACT)) {
      return Optional.of(Message.Part.FILTER_ABSTRACT.format());
    }
    if (!type.getTypeParameters().isEmpty()) {
      return Optional.of(Message.Part.FILTER_GENERIC.format());
    }
    Optional<ExecutableElement> constructor = ElementHelpers.publicNoArgConstructor(type);
    if (constructor.isEmpty()) {
      return Optional.of(Message.Part.FILTER_NO_CONSTRUCTOR.format());
    }
    Optional<? extends TypeMirror> thrown =
        ElementHelpers.firstChecked(constructor.get(), elements, types);
    if (thrown.isPresent()) {
      return Optional.of(
          Message.Part.FILTER_CONSTRUCTOR_THROWS.format(ElementHelpers.simple(thrown.get())));
    }
    TypeElement filterInterface = elements.getTypeElement(TypeNames.EVENT_FILTER.canonicalName());
    if (filterInterface == null) {
      return Optional.of(Message.Part.FILTER_UNCHECKABLE.format());
    }
    if (!types.isAssignable(filter, types.getDeclaredType(filterInterface, entity))) {
      return Optional.of(eventFilterSupertype(filter, filterInterface)
          .map(implemented -> Message.Part.FILTER_WRONG_ENTITY.format(
              ElementHelpers.simple(implemented), ElementHelpers.simple(entity)))
          .orElse(Message.Part.FILTER_NOT_A_FILTER.format()));
    }
    return Optional.empty();
  }

  /** The {@code EventFilter<X>} among the supertypes of {@code type}, if any. */
  private Optional<TypeMirror> eventFilterSupertype(TypeMirror type, TypeElement filterInterface) {
    for (TypeMirror supertype : types.directSupertypes(type)) {
      if (types.isSameType(types.erasure(supertype), types.erasure(filterInterface.asType()))) {
        return Optional.of(supertype);
      }
      Optional<TypeMirror> found = eventFilterSupertype(supertype, filterInterface);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }
}
