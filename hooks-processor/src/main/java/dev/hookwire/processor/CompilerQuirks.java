package dev.hookwire.processor;

import java.lang.reflect.Field;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.util.Elements;

/**
 * What ECJ (Eclipse's compiler, which runs the processor inside the IDE) answers differently from
 * javac through the annotation-processing API, and how Hookwire gets javac's answer from it: a
 * diagnostic lands on the same line, and a check decides the same way, under both compilers.
 *
 * <p>ECJ's {@code Messager} ({@code BaseMessagerImpl.createProblem}) finds a source position only
 * for a class, interface, enum or annotation type, a method or constructor, a field or a
 * parameter, and only when the element was declared in source. A diagnostic on a record, a type
 * parameter, a record component or a package arrives with no file and no line. Its {@code
 * Elements.getOrigin} answers {@code EXPLICIT} for every element, so an implicit constructor
 * looks written.
 *
 * <p>Where the public API has a way round, it is used. Where it has none (a record, an implicit
 * constructor), ECJ's own public members are reached by reflection, from the element itself, so
 * the processor does not link against ECJ. Elements of any other compiler pass through unchanged,
 * and when ECJ's members are not what this class expects, so does the element.
 */
final class CompilerQuirks {
  /** The package of ECJ's implementation of {@code javax.lang.model.element}. */
  private static final String ECJ_ELEMENTS = "org.eclipse.jdt.internal.compiler.apt.model.";

  private CompilerQuirks() {}

  /**
   * The element to print a diagnostic on so that the compiler shows it where javac shows one on
   * {@code element}: {@code element} itself, except under ECJ
   *
   * <ul>
   *   <li>a package: its {@code package-info} type, which ECJ positions, and which holds the
   *       package's annotations (so a diagnostic on one of them lands on it, as under javac);
   *   <li>a record: the same record seen as a class, which ECJ positions at its name, or at the
   *       annotation a diagnostic is on;
   *   <li>a type parameter: the class or method that declares it, on the same line in practice;
   *   <li>a record component, or the field it declares: its record (ECJ keeps no position for
   *       either), on the component's line when the component is on the record's.
   * </ul>
   */
  static Element placeable(Element element, Elements elements) {
    if (!isEcj(element)) {
      return element;
    }
    return switch (element.getKind()) {
      case PACKAGE -> packageInfo((PackageElement) element, elements);
      case RECORD -> asClass((TypeElement) element);
      case TYPE_PARAMETER ->
        placeable(((TypeParameterElement) element).getGenericElement(), elements);
      case RECORD_COMPONENT -> placeable(element.getEnclosingElement(), elements);
      case FIELD ->
        element.getEnclosingElement().getKind() == ElementKind.RECORD
                && !element.getModifiers().contains(Modifier.STATIC)
            ? placeable(element.getEnclosingElement(), elements)
            : element;
      default -> element;
    };
  }

  /**
   * Whether {@code constructor}, of a class, is the one the compiler added because the class
   * declares none.
   * javac says so through {@code getOrigin}; ECJ marks it on its source declaration ({@code
   * AbstractMethodDeclaration.isDefaultConstructor()}, reached from the element's binding).
   */
  static boolean isImplicitConstructor(ExecutableElement constructor, Elements elements) {
    if (elements.getOrigin(constructor) == Elements.Origin.MANDATED) {
      return true;
    }
    if (!isEcj(constructor)) {
      return false;
    }
    try {
      Object binding = constructor.getClass().getField("_binding").get(constructor);
      Object declaration = binding.getClass().getMethod("sourceMethod").invoke(binding);
      return declaration != null
          && Boolean.TRUE.equals(
              declaration.getClass().getMethod("isDefaultConstructor").invoke(declaration));
    } catch (ReflectiveOperationException | RuntimeException notAsExpected) {
      return false;
    }
  }

  private static boolean isEcj(Element element) {
    return element.getClass().getName().startsWith(ECJ_ELEMENTS);
  }

  private static Element packageInfo(PackageElement pkg, Elements elements) {
    String name = pkg.getQualifiedName().toString();
    TypeElement info =
        elements.getTypeElement(name.isEmpty() ? "package-info" : name + ".package-info");
    return info != null ? info : pkg;
  }

  /**
   * {@code record} as ECJ's element factory makes it when told the element is a class ({@code
   * Factory.newElement(Binding, ElementKind)}): the same binding, so the same declaration and
   * annotations, of a kind ECJ's {@code Messager} positions.
   */
  private static Element asClass(TypeElement record) {
    try {
      Field binding = record.getClass().getField("_binding");
      Object environment = record.getClass().getField("_env").get(record);
      Object factory = environment.getClass().getMethod("getFactory").invoke(environment);
      Object asClass = factory
          .getClass()
          .getMethod("newElement", binding.getType(), ElementKind.class)
          .invoke(factory, binding.get(record), ElementKind.CLASS);
      return asClass instanceof Element element ? element : record;
    } catch (ReflectiveOperationException | RuntimeException notAsExpected) {
      return record;
    }
  }
}
