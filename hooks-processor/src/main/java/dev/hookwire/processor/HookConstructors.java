package dev.hookwire.processor;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The constructor rules of a hook class: one public constructor, with no parameters or with
 * dependencies the wiring can look up by class in {@code HookDependencies}, declaring no checked
 * exception. A parameter whose type does not resolve gets no error here: javac reports it, and the
 * package waits for a later round in case the type is generated.
 */
final class HookConstructors {
  private final Elements elements;
  private final Types types;

  HookConstructors(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /**
   * The types the hook's public constructor takes, in order (empty for a no-argument or implicit
   * constructor); every problem goes to {@code report}.
   *
   * @param implicit whether the class has only the compiler's implicit constructor
   */
  List<ClassName> check(TypeElement type, boolean implicit, Report report) {
    String name = type.getSimpleName().toString();
    List<ExecutableElement> constructors = ElementFilter.constructorsIn(type.getEnclosedElements());
    List<ExecutableElement> publics = constructors.stream()
        .filter(c -> c.getModifiers().contains(Modifier.PUBLIC))
        .toList();
    if (implicit) {
      // An implicit constructor has the class's access: making the class public fixes both.
      return List.of();
    }
    if (publics.isEmpty()) {
      report.add(
          constructors.isEmpty() ? type : constructors.get(0),
          Message.NO_PUBLIC_CONSTRUCTOR.with(name));
      return List.of();
    }
    for (int i = 1; i < publics.size(); i++) {
      report.add(publics.get(i), Message.TWO_PUBLIC_CONSTRUCTORS.with(name, publics.size()));
    }
    ExecutableElement constructor = publics.get(0);
    ElementHelpers.firstChecked(constructor, elements, types)
        .ifPresent(thrown -> report.add(
            constructor, Message.CONSTRUCTOR_THROWS.with(name, ElementHelpers.simple(thrown))));
    List<ClassName> dependencies = new ArrayList<>();
    for (VariableElement parameter : constructor.getParameters()) {
      dependency(type, parameter, report).ifPresent(dependencies::add);
    }
    return dependencies;
  }

  /** The class {@code parameter} is looked up by, or empty after an error (or when unresolved). */
  private Optional<ClassName> dependency(
      TypeElement hook, VariableElement parameter, Report report) {
    String name = hook.getSimpleName().toString();
    TypeMirror type = parameter.asType();
    String shown = ElementHelpers.simple(type);
    String parameterName = parameter.getSimpleName().toString();
    if (type.getKind() == TypeKind.ERROR) {
      return Optional.empty();
    }
    if (type.getKind().isPrimitive()) {
      report.add(parameter, Message.DEPENDENCY_PRIMITIVE.with(name, shown, parameterName));
      return Optional.empty();
    }
    if (!(type instanceof DeclaredType declared) || type.getKind() != TypeKind.DECLARED) {
      report.add(parameter, Message.DEPENDENCY_NOT_A_CLASS.with(name, shown, parameterName));
      return Optional.empty();
    }
    TypeElement element = (TypeElement) declared.asElement();
    if (element.equals(hook)) {
      report.add(parameter, Message.DEPENDENCY_IS_HOOK.with(name, parameterName));
      return Optional.empty();
    }
    if (!element.getTypeParameters().isEmpty()) {
      report.add(
          parameter,
          Message.DEPENDENCY_GENERIC.with(name, shown, parameterName, element.getSimpleName()));
      return Optional.empty();
    }
    String hooksPackage = elements.getPackageOf(hook).getQualifiedName().toString();
    Optional<TypeElement> hidden = hiddenFrom(element, hooksPackage);
    if (hidden.isPresent()) {
      report.add(
          parameter,
          Message.DEPENDENCY_NOT_VISIBLE.with(
              name, shown, parameterName, hooksPackage, hidden.get().getQualifiedName()));
      return Optional.empty();
    }
    return Optional.of(ClassName.get(element));
  }

  /**
   * The type, {@code type} or one it is nested in, that code in {@code hooksPackage} cannot name:
   * private, local, or neither public nor in that package. (An outer type's type parameters cannot
   * matter: a dependency of a generic type is an error already.)
   */
  private Optional<TypeElement> hiddenFrom(TypeElement type, String hooksPackage) {
    boolean samePackage =
        elements.getPackageOf(type).getQualifiedName().contentEquals(hooksPackage);
    for (Element e = type; e instanceof TypeElement t; e = e.getEnclosingElement()) {
      boolean local =
          t.getNestingKind() == NestingKind.LOCAL || t.getNestingKind() == NestingKind.ANONYMOUS;
      boolean visible = t.getModifiers().contains(Modifier.PUBLIC)
          || (samePackage && !t.getModifiers().contains(Modifier.PRIVATE));
      if (local || !visible) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
