package dev.hookwire.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import dev.hookwire.processor.model.PatchableType;
import dev.hookwire.processor.model.Wiring;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.StandardLocation;

/**
 * Hookwire's annotation processor. Per round: validate the {@code @EventCatalog} interfaces and
 * write the patches of the {@code @Patchable} records being compiled; then, for each {@code
 * @HookPackage} package touched by the compile, read the catalog, validate every hook, print the
 * report, and write {@code HookWiring} only when the package is clean.
 *
 * <p>It asks for every type ({@code "*"}) because a hook needs no annotation: compiling a lone
 * {@code BeforeUserCreate.java} must still regenerate its package's wiring. It claims nothing, so
 * other processors see every annotation; {@link HookwireClaimer} claims Hookwire's own.
 */
@AutoService(Processor.class)
public final class HookProcessor extends AbstractProcessor {
  /** Packages already wired (or reported) in this compile, by name. */
  private final Set<String> finished = new LinkedHashSet<>();
  /** Packages waiting for types that may be generated in a later round. */
  private final Map<String, List<String>> deferred = new LinkedHashMap<>();
  /** Types the user wrote in this compile, to tell a user's HookWiring from a previous output. */
  private final Set<String> userTypes = new LinkedHashSet<>();
  /** Types this processor generated. */
  private final Set<String> generated = new LinkedHashSet<>();

  private final WiringIndex index = new WiringIndex();

  private CatalogReader catalogReader;
  private HookPackageReader packageReader;
  private PatchReader patchReader;
  private PatchedByReader patchedByReader;
  private StrayHookChecker strayHooks;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      processRound(round);
    } catch (RuntimeException | LinkageError | AssertionError bug) {
      StringWriter trace = new StringWriter();
      bug.printStackTrace(new PrintWriter(trace));
      processingEnv
          .getMessager()
          .printMessage(
              Message.INTERNAL_ERROR.kind(), Message.INTERNAL_ERROR.format(trace.toString()));
    }
    return false;
  }

  private void processRound(RoundEnvironment round) {
    if (catalogReader == null) {
      catalogReader =
          new CatalogReader(processingEnv.getElementUtils(), processingEnv.getTypeUtils());
      packageReader = new HookPackageReader(
          processingEnv.getElementUtils(),
          processingEnv.getTypeUtils(),
          catalogReader,
          this::inThisCompile);
      patchReader = new PatchReader(processingEnv.getElementUtils());
      patchedByReader =
          new PatchedByReader(processingEnv.getElementUtils(), processingEnv.getTypeUtils());
      strayHooks = new StrayHookChecker(processingEnv.getElementUtils());
    }
    catalogReader.newRound();
    for (TypeElement type : ElementFilter.typesIn(round.getRootElements())) {
      String name = type.getQualifiedName().toString();
      if (!generated.contains(name)) {
        userTypes.add(name);
      }
    }
    Report report = new Report();
    for (TypeElement type : ElementFilter.typesIn(round.getRootElements())) {
      if (!generated.contains(type.getQualifiedName().toString())) {
        strayHooks.check(type, report);
      }
    }
    validateCatalogs(round, report);
    writePatches(round, report);
    validateHandWrittenPatches(round, report);
    if (round.processingOver()) {
      deferred.forEach((name, types) -> reportNeverResolved(name, types, report));
      index.write(processingEnv.getFiler(), processingEnv.getMessager());
    } else {
      for (PackageElement pkg : hookPackagesOf(round)) {
        wire(pkg, report);
      }
    }
    report.printTo(processingEnv.getMessager(), processingEnv.getElementUtils());
  }

  private void validateCatalogs(RoundEnvironment round, Report report) {
    TypeElement catalog = processingEnv.getElementUtils().getTypeElement(TypeNames.EVENT_CATALOG);
    if (catalog == null) {
      return;
    }
    for (TypeElement type : ElementFilter.typesIn(round.getElementsAnnotatedWith(catalog))) {
      catalogReader.read(type, report);
    }
  }

  private void writePatches(RoundEnvironment round, Report report) {
    TypeElement patchable = processingEnv.getElementUtils().getTypeElement(TypeNames.PATCHABLE);
    if (patchable == null) {
      return;
    }
    for (TypeElement type : ElementFilter.typesIn(round.getElementsAnnotatedWith(patchable))) {
      Optional<PatchableType> patch = patchReader.read(type, report);
      if (patch.isPresent()) {
        write(new PatchWriter().write(patch.get()), type);
      }
    }
  }

  /** Checks the patch each {@code @PatchedBy} type of this round names, where the type is declared. */
  private void validateHandWrittenPatches(RoundEnvironment round, Report report) {
    TypeElement patchedBy = processingEnv.getElementUtils().getTypeElement(TypeNames.PATCHED_BY);
    if (patchedBy == null) {
      return;
    }
    for (TypeElement type : ElementFilter.typesIn(round.getElementsAnnotatedWith(patchedBy))) {
      patchedByReader.read(type, report);
    }
  }

  /** Whether {@code element} is in a source file of this compile (not read from a class file). */
  private boolean inThisCompile(Element element) {
    Element topLevel = element;
    while (topLevel.getEnclosingElement() != null
        && !(topLevel.getEnclosingElement() instanceof PackageElement)) {
      topLevel = topLevel.getEnclosingElement();
    }
    return topLevel instanceof TypeElement type
        && userTypes.contains(type.getQualifiedName().toString());
  }

  /** The hooks packages this round touches: those of its root elements, and those deferred. */
  private Set<PackageElement> hookPackagesOf(RoundEnvironment round) {
    Set<PackageElement> packages = new LinkedHashSet<>();
    for (Element root : round.getRootElements()) {
      PackageElement pkg = processingEnv.getElementUtils().getPackageOf(root);
      if (pkg == null) {
        continue; // a module-info.java: a module has no package
      }
      if (Annotations.has(pkg, TypeNames.HOOK_PACKAGE)
          && !finished.contains(pkg.getQualifiedName().toString())) {
        packages.add(pkg);
      }
    }
    for (String name : List.copyOf(deferred.keySet())) {
      PackageElement pkg = processingEnv.getElementUtils().getPackageElement(name);
      if (pkg != null) {
        packages.add(pkg);
      }
    }
    return packages;
  }

  private void wire(PackageElement pkg, Report report) {
    String name = pkg.getQualifiedName().toString();
    List<String> unresolved = packageReader.unresolvedTypes(pkg);
    if (!unresolved.isEmpty()) {
      deferred.put(name, unresolved);
      return;
    }
    deferred.remove(name);
    finished.add(name);
    Optional<Wiring> wiring = packageReader.read(pkg, userTypes, report);
    if (wiring.isPresent()) {
      write(WiringWriter.write(wiring.get()), pkg);
      writeResource(
          DescriptionWriter.path(wiring.get()), DescriptionWriter.write(wiring.get()), pkg);
      index.add(name);
    }
  }

  private void reportNeverResolved(String name, List<String> types, Report report) {
    PackageElement pkg = processingEnv.getElementUtils().getPackageElement(name);
    List<String> named =
        types.stream().filter(type -> !type.equals(HookPackageReader.UNNAMED)).toList();
    // With nothing to name, javac's own "cannot find symbol" is the whole story.
    if (pkg != null && !named.isEmpty()) {
      // On @HookPackage, where ECJ can show it too (it keeps no position for the package itself).
      Message.Text text = Message.TYPES_NEVER_RESOLVED.with(name, Message.list(named));
      Annotations.find(pkg, TypeNames.HOOK_PACKAGE)
          .ifPresentOrElse(
              hookPackage -> report.add(pkg, hookPackage, text), () -> report.add(pkg, text));
    }
  }

  private void writeResource(String path, String contents, Element origin) {
    try (Writer out = processingEnv
        .getFiler()
        .createResource(StandardLocation.CLASS_OUTPUT, "", path, origin)
        .openWriter()) {
      out.write(contents);
    } catch (IOException e) {
      processingEnv
          .getMessager()
          .printMessage(
              Message.COULD_NOT_WRITE.kind(),
              Message.COULD_NOT_WRITE.format(path, e),
              CompilerQuirks.placeable(origin, processingEnv.getElementUtils()));
    }
  }

  private void write(JavaFile file, Element origin) {
    String name = file.packageName().isEmpty()
        ? file.typeSpec().name()
        : file.packageName() + "." + file.typeSpec().name();
    generated.add(name);
    try (Writer out = processingEnv.getFiler().createSourceFile(name, origin).openWriter()) {
      file.writeTo(out);
    } catch (IOException e) {
      processingEnv
          .getMessager()
          .printMessage(
              Message.COULD_NOT_WRITE.kind(),
              Message.COULD_NOT_WRITE.format(name, e),
              CompilerQuirks.placeable(origin, processingEnv.getElementUtils()));
    }
  }
}
