package dev.hookwire.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.hookwire.processor.model.PatchableType;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** Reads a {@code @Patchable} record into a {@link PatchableType}. */
final class PatchReader {
  private final Elements elements;

  PatchReader(Elements elements) {
    this.elements = elements;
  }

  Optional<PatchableType> read(TypeElement type, Report report) {
    AnnotationMirror patchable = Annotations.find(type, TypeNames.PATCHABLE).orElseThrow();
    String name = type.getQualifiedName().toString();
    if (type.getKind() != ElementKind.RECORD) {
      report.error(type, patchable, Messages.notARecord(name));
      return Optional.empty();
    }
    if (type.getNestingKind() != NestingKind.TOP_LEVEL) {
      report.error(type, patchable, Messages.patchableNested(name));
      return Optional.empty();
    }
    if (!type.getTypeParameters().isEmpty()) {
      report.error(type, patchable, Messages.patchableGeneric(name));
      return Optional.empty();
    }
    List<PatchableType.Component> components =
        type.getRecordComponents().stream().map(PatchReader::component).toList();
    return Optional.of(
        new PatchableType(
            ClassName.get(type), components, GeneratedAnnotation.visibleFrom(elements, type)));
  }

  private static PatchableType.Component component(RecordComponentElement component) {
    return new PatchableType.Component(
        component.getSimpleName().toString(),
        TypeName.get(component.asType()),
        Annotations.has(component, TypeNames.PROTECTED));
  }
}
