package dev.hookwire.processor;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads {@code @PatchedBy} on an entity type: the hand-written patch of a type {@code @Patchable}
 * cannot describe. The patch must be what the generated wiring calls, and nothing more: a public,
 * non-generic class (or interface) with public instance methods {@code E applyTo(E)} and {@code
 * boolean stopsChain()} that throw no checked exception. A generated {@code @Patchable} patch has
 * the same shape.
 */
final class PatchedByReader {
  private final Elements elements;
  private final Types types;

  PatchedByReader(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /**
   * The patch {@code type} names, or empty when it names none or an invalid one; an invalid one
   * is an error in {@code report} on the annotation's value.
   */
  Optional<ClassName> read(TypeElement type, Report report) {
    Optional<AnnotationMirror> annotation = Annotations.find(type, TypeNames.PATCHED_BY);
    if (annotation.isEmpty()) {
      return Optional.empty();
    }
    AnnotationMirror mirror = annotation.get();
    String entity = type.getQualifiedName().toString();
    if (Annotations.has(type, TypeNames.PATCHABLE)) {
      report.add(type, mirror, Message.PATCHED_BY_AND_PATCHABLE.with(entity));
      return Optional.empty();
    }
    if (!type.getTypeParameters().isEmpty()) {
      report.add(type, mirror, Message.PATCHED_BY_GENERIC_ENTITY.with(entity));
      return Optional.empty();
    }
    Optional<AnnotationValue> resolved = Annotations.resolvedValue(mirror, "value");
    if (resolved.isEmpty()) {
      report.unresolved(); // javac reports the class it cannot resolve
      return Optional.empty();
    }
    AnnotationValue value = resolved.get();
    if (!(value.getValue() instanceof TypeMirror named) || named.getKind() != TypeKind.DECLARED) {
      report.add(
          type,
          mirror,
          value,
          Message.PATCHED_BY_INVALID.with(
              entity,
              String.valueOf(value.getValue()),
              Message.Part.PATCH_NOT_A_CLASS.format(),
              simpleName(type)));
      return Optional.empty();
    }
    TypeElement patch = (TypeElement) types.asElement(named);
    List<String> problems = problems(patch, type.asType());
    if (!problems.isEmpty()) {
      report.add(
          type,
          mirror,
          value,
          Message.PATCHED_BY_INVALID.with(
              entity,
              patch.getQualifiedName().toString(),
              String.join("; ", problems),
              simpleName(type)));
      return Optional.empty();
    }
    return Optional.of(ClassName.get(patch));
  }

  private List<String> problems(TypeElement patch, TypeMirror entity) {
    List<String> problems = new ArrayList<>();
    if (!Visibility.isPublic(patch)) {
      problems.add(Message.Part.PATCH_NOT_PUBLIC.format());
    }
    if (!patch.getTypeParameters().isEmpty()) {
      problems.add(Message.Part.PATCH_GENERIC.format());
    }
    String entityName = ElementHelpers.simple(entity);
    List<ExecutableElement> methods = ElementFilter.methodsIn(elements.getAllMembers(patch));
    Optional<ExecutableElement> applyTo = methods.stream()
        .filter(m -> m.getSimpleName().contentEquals("applyTo")
            && m.getParameters().size() == 1
            && types.isSameType(m.getParameters().get(0).asType(), entity))
        .findFirst();
    if (applyTo.isEmpty()) {
      problems.add(Message.Part.PATCH_NO_METHOD.format("applyTo(" + entityName + ")"));
    } else {
      checkMethod(applyTo.get(), "applyTo(" + entityName + ")", problems);
      if (!types.isSameType(applyTo.get().getReturnType(), entity)) {
        problems.add(Message.Part.PATCH_RETURNS.format(
            "applyTo(" + entityName + ")",
            ElementHelpers.simple(applyTo.get().getReturnType()),
            entityName));
      }
    }
    Optional<ExecutableElement> stopsChain = methods.stream()
        .filter(m ->
            m.getSimpleName().contentEquals("stopsChain") && m.getParameters().isEmpty())
        .findFirst();
    if (stopsChain.isEmpty()) {
      problems.add(Message.Part.PATCH_NO_METHOD.format("stopsChain()"));
    } else {
      checkMethod(stopsChain.get(), "stopsChain()", problems);
      if (stopsChain.get().getReturnType().getKind() != TypeKind.BOOLEAN) {
        problems.add(Message.Part.PATCH_RETURNS.format(
            "stopsChain()", ElementHelpers.simple(stopsChain.get().getReturnType()), "boolean"));
      }
    }
    return problems;
  }

  private void checkMethod(ExecutableElement method, String name, List<String> problems) {
    if (!method.getModifiers().contains(Modifier.PUBLIC)) {
      problems.add(Message.Part.PATCH_METHOD_NOT_PUBLIC.format(name));
    }
    if (method.getModifiers().contains(Modifier.STATIC)) {
      problems.add(Message.Part.PATCH_METHOD_STATIC.format(name));
    }
    if (!method.getTypeParameters().isEmpty()) {
      problems.add(Message.Part.PATCH_METHOD_GENERIC.format(name));
    }
    for (TypeMirror thrown : method.getThrownTypes()) {
      if (ElementHelpers.isChecked(thrown, elements, types)) {
        problems.add(Message.Part.PATCH_METHOD_THROWS.format(name, ElementHelpers.simple(thrown)));
      }
    }
  }

  private static String simpleName(TypeElement type) {
    return type.getSimpleName().toString();
  }
}
