package dev.hookwire.it.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hookwire.it.support.Compilers;
import dev.hookwire.it.support.Compilers.Result;
import dev.hookwire.it.support.Jars;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application on the module path: the sample hooks package and its Main as a named module
 * {@code demo.app} that requires the annotations and runtime jars (both named modules, with a
 * {@code module-info}), compiled with {@code --module-path} and run with {@code java --module-path
 * ... -m}.
 *
 * <p>Needs the packaged jars, as {@code mvn verify} provides them.
 */
class ModulePathTest {
  private static final String RUNTIME_MODULE = "dev.hookwire.runtime";
  private static final String ANNOTATIONS_MODULE = "dev.hookwire.annotations";

  @TempDir
  Path work;

  private Path src;

  @BeforeEach
  void jarsAndSources() {
    assumeTrue(
        Jars.isJar(Jars.annotations()) && Jars.isJar(Jars.runtime()),
        "needs the packaged jars (mvn verify); mvn test hands over class directories");
    src = Samples.copy(Samples.acme(), work.resolve("src/demo.app"));
  }

  @Test
  void theAnnotationsAndRuntimeJarsAreNamedModules() {
    ModuleDescriptor annotations = ModuleFinder.of(Jars.annotations())
        .find(ANNOTATIONS_MODULE)
        .orElseThrow()
        .descriptor();
    ModuleDescriptor runtime =
        ModuleFinder.of(Jars.runtime()).find(RUNTIME_MODULE).orElseThrow().descriptor();

    assertFalse(annotations.isAutomatic());
    assertEquals(
        Set.of("dev.hookwire.annotations"),
        annotations.exports().stream()
            .map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toSet()));
    assertFalse(runtime.isAutomatic());
    // internal: for the generated wirings only, which live in the applications' modules.
    assertEquals(
        Set.of("dev.hookwire.runtime", "dev.hookwire.runtime.internal", "dev.hookwire.auth"),
        runtime.exports().stream()
            .map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toSet()));
    assertTrue(runtime.requires().stream()
        .anyMatch(r -> r.name().equals(ANNOTATIONS_MODULE)
            && r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE)));
  }

  /**
   * The two-step build still works: generate on the class path ({@code -proc:only}), then compile
   * the module with {@code -proc:none}. The wiring generated on the class path carries {@code
   * @Generated}, so the module {@code requires static java.compiler}.
   */
  @Test
  void aModularApplicationCompiledInTwoStepsRunsOnTheModulePath() throws Exception {
    writeModuleInfo(
        "requires static java.compiler; // @Generated on HookWiring: compile time only");
    List<Path> sources = Compilers.sourcesIn(src);
    List<Path> withoutDescriptor =
        sources.stream().filter(p -> !p.endsWith("module-info.java")).toList();
    Path generated = Files.createDirectories(work.resolve("generated"));

    Compilers.javac(
            List.of(
                "--release",
                "17",
                "-proc:only",
                "-cp",
                Jars.libraryPath(),
                "-processorpath",
                Jars.processorPath(),
                // Without -d, javac writes the processor's resources (the wiring's JSON) into the
                // working directory: the module's own folder.
                "-d",
                Files.createDirectories(work.resolve("proc-only")).toString(),
                "-s",
                generated.toString()),
            withoutDescriptor)
        .assertSucceeded();
    List<Path> all = new ArrayList<>(sources);
    all.addAll(Compilers.sourcesIn(generated));
    Result modular = Compilers.javac(modularOptions("-proc:none"), all).assertSucceeded();

    assertEquals(List.of(), modular.problems(), modular::output);
    assertRunsAsModule();
  }

  /**
   * The one-step build every build tool does: the processor runs on a compile that contains {@code
   * module-info.java} (whose root element is a module, with no package: once an internal error).
   */
  @Test
  void aModularApplicationCompilesWithTheProcessorInOneJavacRun() throws Exception {
    writeModuleInfo("");

    Result result = Compilers.javac(
            modularOptions("-processorpath", Jars.processorPath()), Compilers.sourcesIn(src))
        .assertSucceeded();

    assertEquals(List.of(), result.problems(), result::output);
    String wiring = Files.readString(work.resolve("generated/com/acme/hooks/HookWiring.java"));
    assertFalse(
        wiring.contains("@Generated"), "demo.app does not read java.compiler: no @Generated");
    assertRunsAsModule();
  }

  /**
   * {@code @Generated} only where the compile can see it: finding the type somewhere in the module
   * graph (here it is there through {@code --add-modules}) is not enough; the hooks package's
   * module must read {@code java.compiler}, or the generated import fails: "package
   * javax.annotation.processing is not visible".
   */
  @Test
  void generatedIsLeftOutWhenTheHooksModuleDoesNotReadJavaCompiler() throws Exception {
    writeModuleInfo("");

    Result result = Compilers.javac(
        modularOptions("-processorpath", Jars.processorPath(), "--add-modules", "java.compiler"),
        Compilers.sourcesIn(src));

    assertEquals(List.of(), result.errors(), result::output);
    assertRunsAsModule();
  }

  /**
   * The runtime, compiled with the processor (for the auth records' patches), as a named module
   * under {@code -Xlint:all -Werror} (which wants explicit constructors in exported packages).
   */
  @Test
  void theRuntimeCompilesAsANamedModuleWithTheProcessor() throws IOException {
    Path runtimeSources = Path.of(System.getProperty("basedir", "."))
        .resolve("../hooks-runtime/src/main/java")
        .normalize();
    // The runtime's own module-info.java, as the Maven build compiles it.
    List<Path> sources = new ArrayList<>(Compilers.sourcesIn(runtimeSources));
    assertTrue(sources.stream().anyMatch(p -> p.endsWith("module-info.java")));

    Result result = Compilers.javac(
        List.of(
            "--release",
            "17",
            "-Xlint:all",
            "-Werror",
            "--module-path",
            Jars.annotations().toString(),
            "-processorpath",
            Jars.processorPath(),
            "-d",
            work.resolve("runtime-classes").toString(),
            "-s",
            Files.createDirectories(work.resolve("runtime-generated")).toString()),
        sources);

    assertEquals(List.of(), result.problems(), result::output);
    assertTrue(result.success());
  }

  private void writeModuleInfo(String extraDirective) throws IOException {
    Files.writeString(src.resolve("module-info.java"), """
        module demo.app {
          requires dev.hookwire.annotations;
          requires dev.hookwire.runtime;
          %s
        }
        """.formatted(extraDirective));
  }

  private List<String> modularOptions(String... extra) throws IOException {
    List<String> options = new ArrayList<>(List.of(
        "--release", "17",
        "-Xlint:all", "-Werror",
        "--module-path", Jars.libraryPath(),
        "-d", Files.createDirectories(work.resolve("mods/demo.app")).toString(),
        "-s", Files.createDirectories(work.resolve("generated")).toString()));
    options.addAll(List.of(extra));
    return options;
  }

  private void assertRunsAsModule() throws Exception {
    String output = Runs.java(
        List.of(
            "--module-path",
            Jars.path(Jars.annotations(), Jars.runtime(), work.resolve("mods")),
            "-m",
            "demo.app/com.acme.app.Main"),
        work);
    assertEquals(
        Samples.EXPECTED_RUN + "runtime module=" + RUNTIME_MODULE + "\napp module=demo.app\n",
        Samples.printed(output));
  }
}
