package dev.hookwire.it.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hookwire.it.support.Compilers;
import dev.hookwire.it.support.Compilers.Result;
import dev.hookwire.it.support.Jars;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An incremental build recompiles only the hook that changed, with the rest of the package
 * already compiled on the class path: the regenerated {@code HookWiring} must still wire every
 * hook of the package, not just the one being compiled. Checked with javac and with ECJ.
 */
class IncrementalRecompileTest {
  @TempDir
  Path work;

  @Test
  void javacRecompilingOneHookAloneKeepsTheOthersInTheWiring() throws Exception {
    recompileOneHook(Compilers::javac, false);
  }

  /**
   * ECJ's batch compiler, once the previous {@code HookWiring.class} is deleted: its {@code Filer}
   * refuses to generate a type that already exists on the class path (next test).
   */
  @Test
  void ecjRecompilingOneHookAloneKeepsTheOthersInTheWiring() throws Exception {
    recompileOneHook(Compilers::ecj, true);
  }

  /** What an ECJ user sees without that step: a clear error, never a wiring with hooks missing. */
  @Test
  void ecjRefusesToReplaceAHookWiringThatIsAlreadyOnTheClassPath() throws Exception {
    Path classes = work.resolve("classes");
    Files.createDirectories(classes);
    Compilers.ecj(
            options(Jars.libraryPath(), classes, work.resolve("generated-1")),
            Compilers.sourcesIn(Samples.acme()))
        .assertSucceeded();

    Result second = Compilers.ecj(
        options(
            Jars.path(classes, Jars.annotations(), Jars.runtime()),
            classes,
            work.resolve("generated-2")),
        List.of(Samples.acme().resolve("com/acme/hooks/BeforeUserCreate.java")));

    assertTrue(!second.success(), second::output);
    assertTrue(
        second.output().contains("Hookwire could not write com.acme.hooks.HookWiring")
            && second.output().contains("Source file already exists"),
        second::output);
    assertEquals(
        Samples.EXPECTED_RUN,
        ran(Runs.onClassPath(classes)),
        "the previous, complete wiring is still in place");
  }

  private void recompileOneHook(
      BiFunction<List<String>, List<Path>, Result> compiler, boolean deletePreviousWiring)
      throws Exception {
    Path classes = work.resolve("classes");
    Files.createDirectories(classes);
    // The first, full build.
    compiler
        .apply(
            options(Jars.libraryPath(), classes, work.resolve("generated-1")),
            Compilers.sourcesIn(Samples.acme()))
        .assertSucceeded();
    assertEquals(Samples.EXPECTED_RUN, ran(Runs.onClassPath(classes)));

    // BeforeUserCreate changes: it now upper-cases the name. Only it is recompiled, against the
    // earlier output; the build deletes nothing.
    Path changed = work.resolve("changed/com/acme/hooks/BeforeUserCreate.java");
    Files.createDirectories(changed.getParent());
    Files.writeString(
        changed,
        Files.readString(Samples.acme().resolve("com/acme/hooks/BeforeUserCreate.java"))
            .replace(
                "user.name().strip()", "user.name().strip().toUpperCase(java.util.Locale.ROOT)"));
    Path generated = work.resolve("generated-2");
    if (deletePreviousWiring) {
      // The wiring and its nested classes (its snapshot of hooks, HookWiring$Live).
      try (var previous =
          Files.newDirectoryStream(classes.resolve("com/acme/hooks"), "HookWiring{,$*}.class")) {
        for (Path file : previous) {
          Files.delete(file);
        }
      }
    }
    Result second = compiler.apply(
        options(Jars.path(classes, Jars.annotations(), Jars.runtime()), classes, generated),
        List.of(changed));

    second.assertSucceeded();
    String wiring = Files.readString(generated.resolve("com/acme/hooks/HookWiring.java"));
    for (String hook : List.of(
        "BeforeUserCreate",
        "AfterUserCreate",
        "AuditSignup",
        "AfterAdminUserCreate",
        "TransformCustomUserData")) {
      assertTrue(
          wiring.contains("new " + hook + "()"),
          () -> hook + " is missing from the regenerated wiring:\n" + wiring);
    }
    assertEquals(
        Samples.EXPECTED_RUN.replace("name=Ada", "name=ADA"), ran(Runs.onClassPath(classes)));
  }

  private static List<String> options(String classpath, Path classes, Path generated)
      throws IOException {
    Files.createDirectories(generated);
    return List.of(
        "--release", "17",
        "-cp", classpath, // before -processorpath: ECJ ignores -processorpath given before -cp
        "-processorpath", Jars.processorPath(),
        "-d", classes.toString(),
        "-s", generated.toString());
  }

  private static String ran(String output) {
    return Samples.printed(output).replaceAll("(?m)^(runtime|app) module=.*\\n", "");
  }
}
