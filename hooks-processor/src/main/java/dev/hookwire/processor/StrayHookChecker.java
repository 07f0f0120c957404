package dev.hookwire.processor;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Finds hook annotations where they do nothing, and hooks that will never be wired: {@code @Order}
 * on a class outside any hooks package, {@code @Hook} on a nested class, or a class named after an
 * event, with a {@code handle} method, in a package without {@code @HookPackage}. A hook that
 * silently does not run is the failure Hookwire exists to prevent.
 */
final class StrayHookChecker {
  /** Annotations that only mean something on a hook class. */
  private static final List<String> HOOK_ANNOTATIONS = List.of(
      TypeNames.HOOK,
      TypeNames.ORDER,
      TypeNames.TAGS,
      TypeNames.ASYNC,
      TypeNames.DISABLED,
      TypeNames.TIMEOUT,
      TypeNames.INLINE,
      TypeNames.DURABLE);

  private final Elements elements;

  StrayHookChecker(Elements elements) {
    this.elements = elements;
  }

  /** Checks {@code type} and the types nested in it. */
  void check(TypeElement type, Report report) {
    PackageElement pkg = elements.getPackageOf(type);
    boolean inHooksPackage = Annotations.has(pkg, TypeNames.HOOK_PACKAGE);
    boolean topLevel = type.getNestingKind() == NestingKind.TOP_LEVEL;
    if (!inHooksPackage || !topLevel) {
      for (String name : HOOK_ANNOTATIONS) {
        Optional<AnnotationMirror> annotation = Annotations.find(type, name);
        if (annotation.isPresent()) {
          String simple = "@" + name.substring(TypeNames.ANNOTATIONS.length());
          Message.Text message = topLevel
              ? Message.HOOK_ANNOTATION_OUTSIDE_HOOKS_PACKAGE.with(
                  simple,
                  type.getQualifiedName().toString(),
                  pkg.getQualifiedName().toString())
              : Message.HOOK_ANNOTATION_ON_NESTED_CLASS.with(
                  simple, type.getQualifiedName().toString());
          report.add(type, annotation.get(), message);
        }
      }
    }
    if (!inHooksPackage
        && topLevel
        && looksLikeAnAuthHook(type)
        && !ElementHelpers.suppressed(type)) {
      report.add(
          type,
          Message.HOOK_OUTSIDE_HOOKS_PACKAGE.with(
              type.getSimpleName().toString(),
              Names.kebab(type.getSimpleName().toString()),
              pkg.getQualifiedName().toString()));
    }
    for (TypeElement nested : ElementFilter.typesIn(type.getEnclosedElements())) {
      check(nested, report);
    }
  }

  /** A class named after an event of the built-in catalog that has a {@code handle} method. */
  private boolean looksLikeAnAuthHook(TypeElement type) {
    TypeElement auth = elements.getTypeElement(TypeNames.DEFAULT_CATALOG);
    if (auth == null || type.getKind() != ElementKind.CLASS) {
      return false;
    }
    String event = Names.camel(Names.kebab(type.getSimpleName().toString()));
    boolean isEvent = ElementFilter.methodsIn(auth.getEnclosedElements()).stream()
        .anyMatch(m -> m.getSimpleName().contentEquals(event));
    boolean hasHandle = ElementFilter.methodsIn(type.getEnclosedElements()).stream()
        .anyMatch(m -> m.getSimpleName().contentEquals("handle"));
    return isEvent && hasHandle;
  }
}
