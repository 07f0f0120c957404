package dev.hookwire.processor;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Reads annotation mirrors by annotation name, without loading annotation classes. */
final class Annotations {
  private Annotations() {}

  static Optional<AnnotationMirror> find(Element element, String annotation) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(annotation)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  static boolean has(Element element, String annotation) {
    return find(element, annotation).isPresent();
  }

  /** The value the annotation states explicitly for {@code name}, if any. */
  static Optional<AnnotationValue> explicit(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return Optional.of(entry.getValue());
      }
    }
    return Optional.empty();
  }

  /** The value of {@code name}, explicit or default; empty only when neither exists. */
  static Optional<AnnotationValue> value(AnnotationMirror mirror, String name) {
    Optional<AnnotationValue> explicit = explicit(mirror, name);
    if (explicit.isPresent()) {
      return explicit;
    }
    TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
    for (Element member : type.getEnclosedElements()) {
      if (member instanceof ExecutableElement method
          && method.getSimpleName().contentEquals(name)
          && method.getDefaultValue() != null) {
        return Optional.of(method.getDefaultValue());
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the compiler resolved {@code value}: a class literal or a constant it cannot resolve
   * arrives as an error value (javac and ECJ give the string {@code "<error>"}, or a class of kind
   * ERROR), and the compiler reports it itself. The checks stay quiet on such a value, so that no
   * message names {@code <error>}. (A string constant that is literally {@code "<error>"} is taken
   * for one too: no event, tag or reason is spelled so.)
   */
  static boolean resolved(AnnotationValue value) {
    if (value == null || value.getValue() == null || "<error>".equals(value.getValue())) {
      return false;
    }
    if (value.getValue() instanceof TypeMirror type) {
      return type.getKind() != TypeKind.ERROR;
    }
    if (value.getValue() instanceof List<?> values) {
      return values.stream()
          .allMatch(v -> v instanceof AnnotationValue element && resolved(element));
    }
    return true;
  }

  /** The value of {@code name}, explicit or default, when javac resolved it; see {@link #resolved}. */
  static Optional<AnnotationValue> resolvedValue(AnnotationMirror mirror, String name) {
    return value(mirror, name).filter(Annotations::resolved);
  }

  /** The elements of an array-valued annotation value. */
  static List<? extends AnnotationValue> list(AnnotationValue value) {
    Object raw = value.getValue();
    if (raw instanceof List<?> values) {
      return values.stream().map(AnnotationValue.class::cast).toList();
    }
    return List.of(value);
  }
}
