package dev.hookwire.processor;

import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.ModuleElement.RequiresDirective;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Whether generated code may carry {@code @javax.annotation.processing.Generated}: only where the
 * compile can see it. On the class path that is whenever the type exists; in a named module, only
 * when the module reads {@code java.compiler} (directly, or through a {@code requires transitive}
 * chain such as {@code java.se}). Finding the type somewhere in the module graph is not enough.
 */
final class GeneratedAnnotation {
  private static final String JAVA_COMPILER = "java.compiler";

  private GeneratedAnnotation() {}

  static boolean visibleFrom(Elements elements, Element element) {
    if (elements.getTypeElement(TypeNames.GENERATED) == null) {
      return false;
    }
    ModuleElement module = elements.getModuleOf(element);
    return module == null || module.isUnnamed() || reads(module, new HashSet<>());
  }

  private static boolean reads(ModuleElement module, Set<String> seen) {
    for (RequiresDirective requires : ElementFilter.requiresIn(module.getDirectives())) {
      ModuleElement dependency = requires.getDependency();
      String name = dependency.getQualifiedName().toString();
      if (name.equals(JAVA_COMPILER)) {
        return true;
      }
      if (seen.add(name) && readsTransitively(dependency, seen)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a module required by ours passes java.compiler on through {@code requires transitive}. */
  private static boolean readsTransitively(ModuleElement module, Set<String> seen) {
    for (RequiresDirective requires : ElementFilter.requiresIn(module.getDirectives())) {
      if (!requires.isTransitive()) {
        continue;
      }
      String name = requires.getDependency().getQualifiedName().toString();
      if (name.equals(JAVA_COMPILER)
          || (seen.add(name) && readsTransitively(requires.getDependency(), seen))) {
        return true;
      }
    }
    return false;
  }
}
