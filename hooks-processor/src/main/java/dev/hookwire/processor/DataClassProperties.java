package dev.hookwire.processor;

import com.palantir.javapoet.TypeName;
import dev.hookwire.processor.model.PatchableType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/**
 * The properties of a {@code @Patchable} Kotlin data class, as kapt's stub shows them: the
 * parameters of the primary constructor, read back through {@code component1()}, {@code
 * component2()}... A generated patch's {@code applyTo} calls that constructor, as it calls a
 * record's canonical one, so every property must be in it: one declared in the class body would be
 * reset to its initial value by every patch, and is an error. {@code @Protected} goes on the
 * constructor parameter ({@code data class User(@Protected val id: String, ...)}), where Kotlin
 * puts it.
 */
final class DataClassProperties {
  private DataClassProperties() {}

  /** The properties in constructor order, or empty when an error about them went to {@code report}. */
  static Optional<List<PatchReader.Read>> read(TypeElement type, Report report) {
    String name = type.getQualifiedName().toString();
    List<ExecutableElement> components = new ArrayList<>();
    for (int i = 1; ; i++) {
      Optional<ExecutableElement> component = componentMethod(type, i);
      if (component.isEmpty()) {
        break;
      }
      components.add(component.get());
    }
    Optional<ExecutableElement> primary =
        ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
            .filter(c -> matches(c, components))
            .findFirst();
    if (primary.isEmpty() || !primary.get().getModifiers().contains(Modifier.PUBLIC)) {
      report.add(
          primary.<Element>map(c -> c).orElse(type),
          Message.PATCHABLE_CONSTRUCTOR_NOT_PUBLIC.with(name));
      return Optional.empty();
    }
    List<? extends VariableElement> parameters = primary.get().getParameters();
    Set<String> inConstructor =
        parameters.stream().map(p -> p.getSimpleName().toString()).collect(Collectors.toSet());
    boolean inBody = false;
    for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
      String property = field.getSimpleName().toString();
      if (!field.getModifiers().contains(Modifier.STATIC) && !inConstructor.contains(property)) {
        report.add(field, Message.PATCHABLE_PROPERTY_IN_BODY.with(name, property));
        inBody = true;
      }
    }
    if (inBody) {
      return Optional.empty();
    }
    List<PatchReader.Read> read = new ArrayList<>();
    for (int i = 0; i < parameters.size(); i++) {
      VariableElement parameter = parameters.get(i);
      read.add(new PatchReader.Read(
          new PatchableType.Component(
              parameter.getSimpleName().toString(),
              TypeName.get(parameter.asType()),
              Annotations.has(parameter, TypeNames.PROTECTED),
              components.get(i).getSimpleName().toString()),
          parameter));
    }
    return Optional.of(read);
  }

  private static Optional<ExecutableElement> componentMethod(TypeElement type, int index) {
    return ElementFilter.methodsIn(type.getEnclosedElements()).stream()
        .filter(m -> m.getSimpleName().contentEquals("component" + index)
            && m.getParameters().isEmpty()
            && !m.getModifiers().contains(Modifier.STATIC))
        .findFirst();
  }

  /** Whether {@code constructor} takes exactly what the {@code componentN} methods return. */
  private static boolean matches(
      ExecutableElement constructor, List<ExecutableElement> components) {
    List<? extends VariableElement> parameters = constructor.getParameters();
    if (parameters.size() != components.size()) {
      return false;
    }
    for (int i = 0; i < parameters.size(); i++) {
      if (!TypeName.get(parameters.get(i).asType())
          .equals(TypeName.get(components.get(i).getReturnType()))) {
        return false;
      }
    }
    return true;
  }
}
