package dev.hookwire.processor;

import dev.hookwire.processor.model.Catalog;
import dev.hookwire.processor.model.Event;
import dev.hookwire.processor.model.Hook;
import dev.hookwire.processor.model.Kind;
import dev.hookwire.processor.model.Wiring;
import dev.hookwire.processor.writing.Limits;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads a {@code @HookPackage} package into a {@link Wiring}: resolves its catalogs and validates
 * every top-level class in it as a hook. The package's classes are read from the package element,
 * so hooks compiled in an earlier build (on the class path) are included next to the ones being
 * compiled now.
 */
final class HookPackageReader {
  /** In {@link #unresolvedTypes}, a class value that javac could not resolve, which has no name. */
  static final String UNNAMED = "";

  private final Elements elements;
  private final Types types;
  private final CatalogReader catalogReader;
  private final Predicate<Element> inThisCompile;

  /**
   * @param inThisCompile whether an element is in a source file of this compile; a catalog that is
   *     not (one read from a jar) has its errors reported on the {@code @HookPackage} naming it
   */
  HookPackageReader(
      Elements elements,
      Types types,
      CatalogReader catalogReader,
      Predicate<Element> inThisCompile) {
    this.elements = elements;
    this.types = types;
    this.catalogReader = catalogReader;
    this.inThisCompile = inThisCompile;
  }

  /**
   * Types the package's hooks (in {@code handle} and their constructors) or catalogs use that do
   * not resolve yet: they may be generated in a
   * later round (a patch, a catalog), so the package waits for them.
   */
  List<String> unresolvedTypes(PackageElement pkg) {
    List<String> unresolved = new ArrayList<>();
    for (AnnotationValue value : catalogMirrors(pkg)) {
      if (!Annotations.resolved(value)) {
        // A class literal javac cannot resolve yet has no name to show: it may be generated in a
        // later round; if it never is, javac's own error names it.
        unresolved.add(UNNAMED);
      }
    }
    for (TypeElement type : ElementFilter.typesIn(pkg.getEnclosedElements())) {
      for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
        if (method.getSimpleName().contentEquals("handle")) {
          addIfError(method.getReturnType(), unresolved);
          for (VariableElement parameter : method.getParameters()) {
            addIfError(parameter.asType(), unresolved);
          }
        }
      }
      for (ExecutableElement constructor :
          ElementFilter.constructorsIn(type.getEnclosedElements())) {
        for (VariableElement parameter : constructor.getParameters()) {
          addIfError(parameter.asType(), unresolved);
        }
      }
    }
    return unresolved;
  }

  private static void addIfError(TypeMirror type, List<String> unresolved) {
    if (type.getKind() == TypeKind.ERROR) {
      unresolved.add(type.toString());
    }
  }

  /**
   * The wiring of {@code pkg}, or empty when the package has errors (all of them in {@code
   * report}).
   *
   * @param userTypes qualified names of the types written by the user in this compile; a {@code
   *     HookWiring} among them is the user's and an error, any other is a previous output
   */
  Optional<Wiring> read(PackageElement pkg, Set<String> userTypes, Report report) {
    Report local = new Report();
    AnnotationMirror hookPackage = Annotations.find(pkg, TypeNames.HOOK_PACKAGE).orElseThrow();
    List<CatalogReader.Result> catalogs = readCatalogs(pkg, hookPackage, local);
    Map<String, Event> events = new LinkedHashMap<>();
    Map<String, TypeMirror> entityTypes = new LinkedHashMap<>();
    Map<String, Catalog> catalogOfEvent = new LinkedHashMap<>();
    for (CatalogReader.Result result : catalogs) {
      for (Event event : result.catalog().events()) {
        Catalog earlier = catalogOfEvent.putIfAbsent(event.name(), result.catalog());
        if (earlier != null) {
          local.add(
              pkg,
              hookPackage,
              Message.EVENT_IN_TWO_CATALOGS.with(
                  event.name(),
                  earlier.type().canonicalName(),
                  result.catalog().type().canonicalName()));
        }
        events.putIfAbsent(event.name(), event);
      }
      entityTypes.putAll(result.entityTypes());
    }
    List<Hook> hooks = new ArrayList<>();
    Map<Hook, TypeElement> hookTypes = new IdentityHashMap<>();
    if (!local.hasErrors()) {
      HookValidator validator = new HookValidator(elements, types, events, entityTypes);
      for (TypeElement type : ElementFilter.typesIn(pkg.getEnclosedElements())) {
        if (isPreviousWiring(type, userTypes)) {
          continue;
        }
        if (isGeneratedWiring(type)) {
          local.add(
              pkg,
              hookPackage,
              Message.PROCESSOR_RAN_TWICE.with(
                  pkg.getQualifiedName().toString(), TypeNames.PROCESSOR));
          continue;
        }
        validator.validate(type, local).ifPresent(hook -> {
          hooks.add(hook);
          hookTypes.put(hook, type);
        });
        validator.checkNested(type, local);
      }
      VersionChecks.check(hooks, hookTypes, local);
    }
    Wiring wiring = Wiring.of(
        pkg.getQualifiedName().toString(),
        catalogs.stream().map(CatalogReader.Result::catalog).toList(),
        hooks,
        GeneratedAnnotation.visibleFrom(elements, pkg));
    if (!local.hasErrors()) {
      checkBeforeEventSizes(wiring, pkg, hookPackage, local);
    }
    report.merge(local);
    return local.hasErrors() ? Optional.empty() : Optional.of(wiring);
  }

  /** A before-event's hooks run in one method: see {@link Limits#MAX_BEFORE_HOOKS}. */
  private static void checkBeforeEventSizes(
      Wiring wiring, PackageElement pkg, AnnotationMirror hookPackage, Report report) {
    for (Catalog catalog : wiring.catalogs()) {
      Map<String, List<Event>> virtuals = catalog.virtualsByBase();
      for (Event event : catalog.baseEvents()) {
        if (event.kind() != Kind.BEFORE) {
          continue;
        }
        int hooks = wiring.hooksOf(event).size();
        for (Event virtual : virtuals.getOrDefault(event.name(), List.of())) {
          hooks += wiring.hooksOf(virtual).size();
        }
        if (hooks > Limits.MAX_BEFORE_HOOKS) {
          report.add(
              pkg,
              hookPackage,
              Message.TOO_MANY_BEFORE_HOOKS.with(event.name(), hooks, Limits.MAX_BEFORE_HOOKS));
        }
      }
    }
  }

  private static boolean isPreviousWiring(TypeElement type, Set<String> userTypes) {
    return type.getSimpleName().contentEquals(TypeNames.WIRING)
        && !userTypes.contains(type.getQualifiedName().toString());
  }

  /**
   * Whether {@code type}, a source of this compile, is a {@code HookWiring} that Hookwire generated
   * (it carries {@code @Generated("dev.hookwire.processor.HookProcessor")}): the processor has
   * already run on this package, in another tool (kapt), and runs a second time.
   */
  private static boolean isGeneratedWiring(TypeElement type) {
    return type.getSimpleName().contentEquals(TypeNames.WIRING)
        && Annotations.find(type, TypeNames.GENERATED)
            .flatMap(mirror -> Annotations.explicit(mirror, "value"))
            .map(Annotations::list)
            .orElse(List.of())
            .stream()
            .anyMatch(value -> TypeNames.PROCESSOR.equals(value.getValue()));
  }

  private List<CatalogReader.Result> readCatalogs(
      PackageElement pkg, AnnotationMirror hookPackage, Report report) {
    List<? extends AnnotationValue> named = catalogMirrors(pkg);
    List<CatalogReader.Result> catalogs = new ArrayList<>();
    if (named.isEmpty()) {
      TypeElement auth = elements.getTypeElement(TypeNames.DEFAULT_CATALOG);
      if (auth == null) {
        report.add(
            pkg, hookPackage, Message.DEFAULT_CATALOG_MISSING.with(TypeNames.DEFAULT_CATALOG));
        return catalogs;
      }
      readCatalog(auth, pkg, hookPackage, null, report).ifPresent(catalogs::add);
      return catalogs;
    }
    List<String> seen = new ArrayList<>();
    for (AnnotationValue value : named) {
      Element element =
          value.getValue() instanceof TypeMirror mirror ? types.asElement(mirror) : null;
      if (!(element instanceof TypeElement catalog)
          || !Annotations.has(catalog, TypeNames.EVENT_CATALOG)) {
        report.add(
            pkg, hookPackage, value, Message.NOT_A_CATALOG.with(String.valueOf(value.getValue())));
        continue;
      }
      String name = catalog.getQualifiedName().toString();
      if (seen.contains(name)) {
        report.add(pkg, hookPackage, value, Message.DUPLICATE_CATALOG.with(name));
        continue;
      }
      seen.add(name);
      readCatalog(catalog, pkg, hookPackage, value, report).ifPresent(catalogs::add);
    }
    return catalogs;
  }

  private Optional<CatalogReader.Result> readCatalog(
      TypeElement catalog,
      PackageElement pkg,
      AnnotationMirror hookPackage,
      AnnotationValue named,
      Report report) {
    Optional<CatalogReader.Result> result;
    if (inThisCompile.test(catalog)) {
      result = catalogReader.read(catalog, report);
    } else {
      // Compiled elsewhere: javac has no line to show for the catalog's own elements.
      Report catalogReport = new Report();
      result = catalogReader.read(catalog, catalogReport);
      report.merge(catalogReport.relocatedTo(pkg, hookPackage, named));
    }
    if (result.isEmpty() && catalogReader.failedQuietly(catalog)) {
      report.unresolved(); // the compiler's own error on the catalog's types says it all
    } else if (result.isEmpty()) {
      report.add(
          pkg,
          hookPackage,
          Message.CATALOG_INVALID.with(catalog.getQualifiedName().toString()));
    }
    return result;
  }

  private static List<? extends AnnotationValue> catalogMirrors(PackageElement pkg) {
    return Annotations.find(pkg, TypeNames.HOOK_PACKAGE)
        .flatMap(mirror -> Annotations.explicit(mirror, "value"))
        .<List<? extends AnnotationValue>>map(Annotations::list)
        .orElse(List.of());
  }
}
