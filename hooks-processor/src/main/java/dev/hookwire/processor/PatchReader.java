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

/** Reads a {@code @Patchable} record into a {@link PatchableType}. */
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
    if (type.getKind() != ElementKind.RECORD) {
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
    boolean clash = false;
    for (RecordComponentElement component : type.getRecordComponents()) {
      if (PATCH_METHODS.contains(component.getSimpleName().toString())) {
        report.add(
            positioned(type, component),
            Message.PATCH_COMPONENT_CLASH.with(name, component.getSimpleName().toString()));
        clash = true;
      }
    }
    if (clash) {
      return Optional.empty();
    }
    List<PatchableType.Component> components =
        type.getRecordComponents().stream().map(PatchReader::component).toList();
    return Optional.of(new PatchableType(
        ClassName.get(type), components, GeneratedAnnotation.visibleFrom(elements, type)));
  }

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
    return new PatchableType.Component(
        component.getSimpleName().toString(),
        TypeName.get(component.asType()),
        Annotations.has(component, TypeNames.PROTECTED));
  }
}
