package dev.hookwire.processor;

import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
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
 * Questions about elements that the readers and validators share (a type as a person writes it,
 * a constructor's shape, a {@code @Timeout}), so that none of them calls into another.
 */
final class ElementHelpers {
  private ElementHelpers() {}

  /** A type as a person writes it: {@code Map<String, String>}, not fully qualified. */
  static String simple(TypeMirror type) {
    return TypeName.get(type).toString().replaceAll("\\b[a-z][a-z0-9_]*\\.", "");
  }

  /** A method's parameter types as a person writes them: {@code (User, HookContext)}. */
  static String signature(ExecutableElement method) {
    List<String> parameters = new ArrayList<>();
    for (VariableElement parameter : method.getParameters()) {
      parameters.add(simple(parameter.asType()));
    }
    return "(" + String.join(", ", parameters) + ")";
  }

  static boolean isHookContext(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED && TypeName.get(type).equals(TypeNames.HOOK_CONTEXT);
  }

  /** The public constructor without parameters {@code type} declares, if any. */
  static Optional<ExecutableElement> publicNoArgConstructor(TypeElement type) {
    return ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
        .filter(c -> c.getParameters().isEmpty() && c.getModifiers().contains(Modifier.PUBLIC))
        .findFirst();
  }

  /** Whether {@code thrown} is a checked exception: neither a RuntimeException nor an Error. */
  static boolean isChecked(TypeMirror thrown, Elements elements, Types types) {
    TypeElement runtime = elements.getTypeElement("java.lang.RuntimeException");
    TypeElement error = elements.getTypeElement("java.lang.Error");
    return !types.isSubtype(thrown, runtime.asType()) && !types.isSubtype(thrown, error.asType());
  }

  /** The first checked exception {@code method} declares, if any. */
  static Optional<? extends TypeMirror> firstChecked(
      ExecutableElement method, Elements elements, Types types) {
    return method.getThrownTypes().stream()
        .filter(t -> isChecked(t, elements, types))
        .findFirst();
  }

  /** How a user silences Hookwire's warnings on a class: {@code @SuppressWarnings("hookwire")}. */
  static final String SUPPRESSION = "hookwire";

  /**
   * Whether {@code element} carries {@code @SuppressWarnings("hookwire")}, or Kotlin's {@code
   * @Suppress("hookwire")}, which kapt keeps on the stub as {@code @kotlin.Suppress}.
   */
  static boolean suppressed(Element element) {
    SuppressWarnings suppress = element.getAnnotation(SuppressWarnings.class);
    return (suppress != null && Set.of(suppress.value()).contains(SUPPRESSION))
        || KotlinShapes.suppresses(element, SUPPRESSION);
  }

  /**
   * The {@code @Timeout} on {@code element} in milliseconds. When it is not positive, an error
   * whose text {@code notPositive} makes from the value; when javac could not resolve it, nothing
   * (javac's own error stands).
   */
  static OptionalLong timeoutOf(
      Element element, Report report, LongFunction<Message.Text> notPositive) {
    Optional<AnnotationMirror> timeout = Annotations.find(element, TypeNames.TIMEOUT);
    if (timeout.isEmpty()) {
      return OptionalLong.empty();
    }
    Optional<AnnotationValue> value = Annotations.resolvedValue(timeout.get(), "value");
    Optional<AnnotationValue> unit = Annotations.resolvedValue(timeout.get(), "unit");
    if (value.isEmpty()
        || unit.isEmpty()
        || !(value.get().getValue() instanceof Number number)
        || !(unit.get().getValue() instanceof VariableElement constant)) {
      report.unresolved();
      return OptionalLong.empty();
    }
    long amount = number.longValue();
    if (amount <= 0) {
      report.add(element, timeout.get(), value.get(), notPositive.apply(amount));
      return OptionalLong.empty();
    }
    TimeUnit timeUnit = TimeUnit.valueOf(constant.getSimpleName().toString());
    return OptionalLong.of(Math.max(1, timeUnit.toMillis(amount)));
  }
}
