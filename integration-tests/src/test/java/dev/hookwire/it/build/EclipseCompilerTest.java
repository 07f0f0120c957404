package dev.hookwire.it.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hookwire.it.support.Compilers;
import dev.hookwire.it.support.Compilers.Problem;
import dev.hookwire.it.support.Compilers.Result;
import dev.hookwire.it.support.Jars;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Eclipse's compiler (ECJ, the batch compiler from Maven Central, {@code
 * org.eclipse.jdt.internal.compiler.batch.Main}) runs the processor from {@code -processorpath}:
 * it generates a wiring that works, and for a bad hook it reports the same errors as javac, on the
 * same line, pointing at the same element.
 */
class EclipseCompilerTest {
  @TempDir
  Path work;

  @Test
  void ecjCompilesTheSampleHooksPackageAndTheWiringRuns() throws Exception {
    Path classes = work.resolve("classes");
    Result result =
        Compilers.ecj(options(classes), Compilers.sourcesIn(Samples.acme())).assertSucceeded();

    assertEquals(List.of(), result.problems(), result::output);
    assertTrue(Files.isRegularFile(work.resolve("generated/com/acme/hooks/HookWiring.java")));
    assertEquals(
        Samples.EXPECTED_RUN,
        Samples.printed(Runs.onClassPath(classes))
            .replaceAll("(?m)^(runtime|app) module=.*\\n", ""));
  }

  /** A bad hook added to the sample's hooks package, and the errors both compilers must report. */
  static Stream<Arguments> badHooks() {
    return Stream.of(
        Arguments.of("misspelled class name", "AfterUserCreat.java", """
            package com.acme.hooks;

            import dev.hookwire.auth.User;

            public final class AfterUserCreat {
              public void handle(User user) {}
            }
            """),
        Arguments.of("misspelled @Hook value", "Mistyped.java", """
            package com.acme.hooks;

            import dev.hookwire.annotations.Hook;
            import dev.hookwire.auth.User;

            @Hook("before-user-creat")
            public final class Mistyped {
              public void handle(User user) {}
            }
            """),
        Arguments.of("wrong entity and a zero timeout", "AfterLogin.java", """
            package com.acme.hooks;

            import dev.hookwire.annotations.Timeout;
            import dev.hookwire.auth.User;

            @Timeout(0)
            public final class AfterLogin {
              public void handle(User user) {}
            }
            """),
        Arguments.of("a return type the kind forbids", "AfterSessionCreate.java", """
            package com.acme.hooks;

            import dev.hookwire.auth.Session;

            public final class AfterSessionCreate {
              public String handle(Session session) {
                return session.id();
              }
            }
            """),
        Arguments.of("no public no-argument constructor", "BeforeLogin.java", """
            package com.acme.hooks;

            import dev.hookwire.auth.LoginAttempt;

            public final class BeforeLogin {
              private BeforeLogin() {}

              public void handle(LoginAttempt attempt) {}
            }
            """));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badHooks")
  void ecjReportsTheSameErrorsAsJavacOnTheSameLineAndElement(
      String what, String file, String source) throws IOException {
    Path src = Samples.copy(Samples.acme(), work.resolve("src"));
    Files.delete(src.resolve(
        "com/acme/app/Main.java")); // it uses HookWiring, which a bad package does not get
    Files.writeString(src.resolve("com/acme/hooks").resolve(file), source);
    List<Path> sources = Compilers.sourcesIn(src);

    Result javac = Compilers.javac(options(work.resolve("javac")), sources);
    Result ecj = Compilers.ecj(options(work.resolve("ecj")), sources);

    assertFalse(javac.success(), javac::output);
    assertFalse(ecj.success(), ecj::output);
    List<Problem> expected = sorted(javac.errors());
    assertFalse(expected.isEmpty());
    assertTrue(expected.stream().allMatch(p -> p.file().equals(file)), javac::output);
    assertEquals(
        expected,
        sorted(ecj.errors()),
        () -> "javac:\n" + javac.output() + "\nECJ:\n" + ecj.output());
    assertFalse(
        Files.exists(work.resolve("ecj-generated/com/acme/hooks/HookWiring.java")),
        "no wiring for a bad package");
  }

  /**
   * ECJ warns by default about an unused import; javac has no such warning. A package with no
   * after-admin-user-create hook gets a wiring that imports {@code AdminCreateUserFilter} only for
   * a {@code {@link}} in its Javadoc, which ECJ does not count as a use (unless run with {@code
   * -enableJavadoc}); with {@code -err:unusedImport} or an IDE's "unused import = error" the user's
   * build fails on generated code.
   */
  @Test
  void theGeneratedWiringCompilesWithoutEcjWarnings() throws IOException {
    Path src = work.resolve("src/com/acme/hooks");
    Files.createDirectories(src);
    Files.copy(
        Samples.acme().resolve("com/acme/hooks/package-info.java"),
        src.resolve("package-info.java"));
    Files.writeString(src.resolve("AfterUserCreate.java"), """
        package com.acme.hooks;

        import dev.hookwire.auth.User;

        public final class AfterUserCreate {
          public void handle(User user) {}
        }
        """);

    Result ecj = Compilers.ecj(
            options(work.resolve("classes")), Compilers.sourcesIn(work.resolve("src")))
        .assertSucceeded();

    assertEquals(List.of(), ecj.problems(), ecj::output);
  }

  private List<String> options(Path classes) throws IOException {
    // classes -> generated; javac -> javac-generated; ecj -> ecj-generated
    String name = classes.getFileName().toString();
    Path generated =
        classes.resolveSibling(name.equals("classes") ? "generated" : name + "-generated");
    Files.createDirectories(classes);
    Files.createDirectories(generated);
    List<String> options = new ArrayList<>(List.of("--release", "17"));
    // -cp first: ECJ ignores a -processorpath that comes before -cp (Eclipse bug 573833).
    options.addAll(List.of("-cp", Jars.libraryPath(), "-processorpath", Jars.processorPath()));
    options.addAll(List.of("-d", classes.toString(), "-s", generated.toString()));
    return options;
  }

  private static List<Problem> sorted(List<Problem> problems) {
    return problems.stream()
        .sorted(Comparator.comparing(Problem::file)
            .thenComparingLong(Problem::line)
            .thenComparing(Problem::message))
        .toList();
  }
}
