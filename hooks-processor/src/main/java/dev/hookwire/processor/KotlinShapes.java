package dev.hookwire.processor;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * What a Kotlin declaration looks like to the processor. Under kapt the processor reads Java stubs
 * of the Kotlin classes (and, in a later build, their class files); both carry {@code
 * kotlin.Metadata}, whose {@code k} tells a class from a file of top-level functions. Kotlin's
 * shapes that are no hook (an {@code object}, a {@code suspend fun}, a file class) and kapt's
 * stand-in for a type it could not resolve are recognised here, so that the messages can say what
 * a Kotlin user should do. Everything is matched by name: the processor has no Kotlin dependency.
 */
final class KotlinShapes {
  static final String METADATA = "kotlin.Metadata";
  static final String SUPPRESS = "kotlin.Suppress";

  /** The type kapt writes into a stub for a type it could not resolve, without correctErrorTypes. */
  static final String KAPT_ERROR_TYPE = "error.NonExistentClass";

  private static final String CONTINUATION = "kotlin.coroutines.Continuation";

  /** {@code kotlin.Metadata.k}: 1 a class; 2 a file's class; 4 and 5 a multi-file class's facade and parts. */
  private static final int CLASS = 1;

  private static final Set<Integer> FILE_CLASSES = Set.of(2, 4, 5);

  private KotlinShapes() {}

  /** Whether {@code type} was written in Kotlin. */
  static boolean isKotlin(TypeElement type) {
    return Annotations.has(type, METADATA);
  }

  /**
   * Whether {@code type} is the class Kotlin compiles a file's top-level functions and properties
   * into ({@code NamesKt} for {@code Names.kt}).
   */
  static boolean isFileClass(TypeElement type) {
    return metadataKind(type).filter(FILE_CLASSES::contains).isPresent();
  }

  /**
   * Whether {@code type} is a Kotlin {@code object}: a class whose one instance is its static
   * {@code INSTANCE} field, with no public constructor.
   */
  static boolean isObject(TypeElement type) {
    if (metadataKind(type).filter(k -> k == CLASS).isEmpty()) {
      return false;
    }
    boolean publicConstructor = ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
        .anyMatch(c -> c.getModifiers().contains(Modifier.PUBLIC));
    return !publicConstructor
        && ElementFilter.fieldsIn(type.getEnclosedElements()).stream()
            .anyMatch(field -> isInstanceField(field, type));
  }

  private static boolean isInstanceField(VariableElement field, TypeElement type) {
    return field.getSimpleName().contentEquals("INSTANCE")
        && field.getModifiers().containsAll(Set.of(Modifier.PUBLIC, Modifier.STATIC))
        && field.asType() instanceof DeclaredType declared
        && declared.asElement().equals(type);
  }

  /**
   * Whether {@code type} is a Kotlin {@code data class}: a Kotlin class with {@code component1()},
   * which Kotlin generates for a data class's first property (a data class has at least one).
   */
  static boolean isDataClass(TypeElement type) {
    return metadataKind(type).filter(k -> k == CLASS).isPresent()
        && ElementFilter.methodsIn(type.getEnclosedElements()).stream()
            .anyMatch(m -> m.getSimpleName().contentEquals("component1")
                && m.getParameters().isEmpty()
                && !m.getModifiers().contains(Modifier.STATIC));
  }

  /**
   * Whether {@code method} is a Kotlin {@code suspend fun}: compiled, it takes a trailing {@code
   * Continuation} and returns {@code Object}.
   */
  static boolean isSuspend(ExecutableElement method) {
    List<? extends VariableElement> parameters = method.getParameters();
    return method.getEnclosingElement() instanceof TypeElement owner
        && isKotlin(owner)
        && !parameters.isEmpty()
        && isNamed(parameters.get(parameters.size() - 1).asType(), CONTINUATION);
  }

  /** Whether {@code type} is, or has as a type argument, kapt's {@code error.NonExistentClass}. */
  static boolean isKaptErrorType(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    DeclaredType declared = (DeclaredType) type;
    return isNamed(declared, KAPT_ERROR_TYPE)
        || declared.getTypeArguments().stream().anyMatch(KotlinShapes::isKaptErrorType);
  }

  /** Whether {@code element} carries Kotlin's {@code @Suppress} naming {@code name}. */
  static boolean suppresses(Element element, String name) {
    return Annotations.find(element, SUPPRESS)
        .flatMap(mirror -> Annotations.explicit(mirror, "names"))
        .map(Annotations::list)
        .orElse(List.of())
        .stream()
        .map(AnnotationValue::getValue)
        .anyMatch(name::equals);
  }

  private static Optional<Integer> metadataKind(TypeElement type) {
    Optional<AnnotationMirror> metadata = Annotations.find(type, METADATA);
    if (metadata.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Annotations.explicit(metadata.get(), "k")
        .map(AnnotationValue::getValue)
        .filter(Integer.class::isInstance)
        .map(Integer.class::cast)
        .orElse(CLASS));
  }

  private static boolean isNamed(TypeMirror type, String qualifiedName) {
    return type instanceof DeclaredType declared
        && declared.asElement() instanceof TypeElement element
        && element.getQualifiedName().contentEquals(qualifiedName);
  }
}
