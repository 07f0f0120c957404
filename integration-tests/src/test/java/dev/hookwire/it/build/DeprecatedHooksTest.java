package dev.hookwire.it.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hookwire.it.support.Compilers;
import dev.hookwire.it.support.Compilers.Result;
import dev.hookwire.it.support.Jars;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hook marked {@code @Deprecated}, or {@code @Deprecated(forRemoval = true)}, is still wired, and
 * the wiring that must name it stays warning-free: a {@code -Xlint:all -Werror} build does not
 * break, under javac and under ECJ.
 */
class DeprecatedHooksTest {
  @TempDir
  Path work;

  private Path sources() throws IOException {
    Path src = work.resolve("src/old/hooks");
    Files.createDirectories(src);
    Files.writeString(
        src.resolve("package-info.java"),
        "@dev.hookwire.annotations.HookPackage\npackage old.hooks;\n");
    Files.writeString(src.resolve("AfterUserCreate.java"), """
        package old.hooks;

        /** @deprecated replaced by the audit service */
        @Deprecated
        public final class AfterUserCreate {
          public void handle(dev.hookwire.auth.User user) {}
        }
        """);
    Files.writeString(src.resolve("BeforeUserCreate.java"), """
        package old.hooks;

        /** @deprecated goes with the legacy sign-up */
        @Deprecated(forRemoval = true, since = "2")
        public final class BeforeUserCreate {
          public void handle(dev.hookwire.auth.User user) {}
        }
        """);
    return work.resolve("src");
  }

  /** javac's lint options and -Werror; ECJ warns of deprecation by default. */
  private List<String> options(String compiler, String... lint) throws IOException {
    Files.createDirectories(work.resolve(compiler + "/classes"));
    Files.createDirectories(work.resolve(compiler + "/generated"));
    List<String> options = new ArrayList<>(List.of("--release", "17"));
    options.addAll(List.of(lint));
    // -cp first: ECJ ignores a -processorpath that comes before -cp (Eclipse bug 573833).
    options.addAll(List.of(
        "-cp",
        Jars.libraryPath(),
        "-processorpath",
        Jars.processorPath(),
        "-d",
        work.resolve(compiler + "/classes").toString(),
        "-s",
        work.resolve(compiler + "/generated").toString()));
    return options;
  }

  @Test
  void javacCompilesTheWiringOfDeprecatedHooksWithoutAWarning() throws IOException {
    Result result = Compilers.javac(
            options("javac", "-Xlint:all", "-Werror"), Compilers.sourcesIn(sources()))
        .assertSucceeded();

    assertEquals(List.of(), result.problems(), result::output);
    String wiring = Files.readString(work.resolve("javac/generated/old/hooks/HookWiring.java"));
    assertTrue(wiring.contains("@SuppressWarnings({\"deprecation\", \"removal\"})"), wiring);
  }

  @Test
  void ecjCompilesTheWiringOfDeprecatedHooksWithoutAWarning() throws IOException {
    Result result =
        Compilers.ecj(options("ecj"), Compilers.sourcesIn(sources())).assertSucceeded();

    // ECJ's own hint on the hooks ("perhaps this member should be marked as deprecated") is theirs.
    assertEquals(
        List.of(),
        result.problems().stream()
            .filter(p -> p.file().endsWith("HookWiring.java"))
            .toList(),
        result::output);
  }
}
