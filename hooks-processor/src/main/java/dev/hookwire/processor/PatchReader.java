package dev.hookwire.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.hookwire.processor.model.PatchableType;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Reads a {@code @Patchable} record, or a Kotlin data class (see {@link DataClassProperties}), into
 * a {@link PatchableType}.
 */
final class PatchReader {
  /**
   * The methods every generated patch has besides its setters (see {@link PatchWriter}): a
   * component named like one would get a setter of that name, which collides with it ({@code
   * applyTo}) or reads as it ({@code stopChain(true)} sets a component, it does not stop).
   */
  private static final Set<String> PATCH_METHODS =
      Set.of("of", "applyTo", "stopChain", "stopsChain", "isEmpty");

  private final Elements elements;

  PatchReader(Elements elements) {
    this.elements = elements;
  }

  Optional<PatchableType> read(TypeElement type, Report report) {
    AnnotationMirror patchable = Annotations.find(type, TypeNames.PATCHABLE).orElseThrow();
    String name = type.getQualifiedName().toString();
    boolean record = type.getKind() == ElementKind.RECORD;
    if (!record && KotlinShapes.isKotlin(type) && !KotlinShapes.isDataClass(type)) {
      report.add(type, patchable, Message.PATCHABLE_NOT_A_DATA_CLASS.with(name));
      return Optional.empty();
    }
    if (!record && !KotlinShapes.isDataClass(type)) {
      report.add(type, patchable, Message.PATCHABLE_NOT_A_RECORD.with(name));
      return Optional.empty();
    }
    if (type.getNestingKind() != NestingKind.TOP_LEVEL) {
      report.add(type, patchable, Message.PATCHABLE_NESTED.with(name));
      return Optional.empty();
    }
    if (!type.getTypeParameters().isEmpty()) {
      report.add(type, patchable, Message.PATCHABLE_GENERIC.with(name));
      return Optional.empty();
    }
    Optional<List<Read>> read = record
        ? Optional.of(type.getRecordComponents().stream()
            .map(c -> new Read(component(c), positioned(type, c)))
            .toList())
        : DataClassProperties.read(type, report);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    boolean clash = false;
    for (Read component : read.get()) {
      if (PATCH_METHODS.contains(component.component().name())) {
        report.add(
            component.at(),
            Message.PATCH_COMPONENT_CLASH.with(
                (record ? "record " : "data class ") + name,
                record ? "component" : "property",
                component.component().name()));
        clash = true;
      }
    }
    if (clash) {
      return Optional.empty();
    }
    return Optional.of(new PatchableType(
        ClassName.get(type),
        read.get().stream().map(Read::component).toList(),
        GeneratedAnnotation.visibleFrom(elements, type)));
  }

  /** A component as read, and the element its errors go on. */
  record Read(PatchableType.Component component, Element at) {}

  /**
   * Where javac can show {@code component}: javac 17 prints a diagnostic on a record component
   * without file or line, but the record's field of the same name is declared by the component.
   */
  private static Element positioned(TypeElement record, RecordComponentElement component) {
    return ElementFilter.fieldsIn(record.getEnclosedElements()).stream()
        .filter(field -> field.getSimpleName().equals(component.getSimpleName()))
        .<Element>map(field -> field)
        .findFirst()
        .orElse(component);
  }

  private static PatchableType.Component component(RecordComponentElement component) {
    String name = component.getSimpleName().toString();
    return new PatchableType.Component(
        name,
        TypeName.get(component.asType()),
        Annotations.has(component, TypeNames.PROTECTED),
        name);
  }
}
