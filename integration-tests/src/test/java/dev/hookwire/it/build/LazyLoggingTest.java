package dev.hookwire.it.build;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hookwire.it.support.Compilers;
import dev.hookwire.it.support.Jars;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default runtime looks its logger up on the first failure, not at startup: in a bare JVM
 * that lookup initialises java.util.logging, about 20 ms a clean startup should not pay. Checked
 * in a JVM of its own (this one has logging loaded already) by the classes it loads.
 */
class LazyLoggingTest {
  private static final String LOG_MANAGER = "java.util.logging.LogManager";

  @Test
  void aRuntimeThatSeesNoFailureNeverInitialisesLogging(@TempDir Path dir) throws Exception {
    Path src = dir.resolve("src/Start.java");
    Files.createDirectories(src.getParent());
    Files.writeString(src, """
        import dev.hookwire.runtime.HookRuntime;
        import dev.hookwire.runtime.internal.Dispatch;
        import dev.hookwire.runtime.internal.HookSite;

        public final class Start {
          public static void main(String[] args) {
            // What a wiring does: its entry point, a site, a start and a success.
            Dispatch dispatch = HookRuntime.defaults().dispatchFor("start");
            HookSite site = HookSite.of("after-login", Start.class);
            dispatch.declare(site);
            dispatch.ready();
            dispatch.enabled(site);
            long start = dispatch.started(site);
            dispatch.succeeded(site, start, null);
            if (args.length > 0) {
              dispatch.afterFailed(site, start, new IllegalStateException("on purpose"));
            }
            System.out.println("done");
          }
        }
        """);
    Path classes = dir.resolve("classes");
    Files.createDirectories(classes);
    Compilers.javac(
            List.of(
                "--release",
                "17",
                "-proc:none",
                "-cp",
                Jars.libraryPath(),
                "-d",
                classes.toString()),
            List.of(src))
        .assertSucceeded();
    List<String> run = List.of(
        "-Xlog:class+load=info",
        "-cp",
        Jars.path(classes, Jars.annotations(), Jars.runtime()),
        "Start");

    String clean = Runs.java(run, dir);
    assertTrue(clean.contains("done"), clean);
    assertFalse(
        clean.contains(LOG_MANAGER + " "), "java.util.logging was initialised without a failure");

    String failing = Runs.java(concat(run, "fail"), dir);
    assertTrue(
        failing.contains(LOG_MANAGER + " "),
        "the first failure initialises logging (so this test can see it)");
  }

  private static List<String> concat(List<String> list, String last) {
    return java.util.stream.Stream.concat(list.stream(), java.util.stream.Stream.of(last))
        .toList();
  }
}
