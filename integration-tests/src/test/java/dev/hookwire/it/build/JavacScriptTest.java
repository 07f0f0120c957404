package dev.hookwire.it.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hookwire.it.support.Jars;
import dev.hookwire.it.support.Processes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plain {@code javac -processorpath}, no build tool: {@code scripts/javac-build.sh} compiles the
 * sample hooks package with the JDK running this test and runs the generated wiring.
 */
class JavacScriptTest {
  @TempDir
  Path out;

  @Test
  void theScriptCompilesTheHooksPackageWithJavacAndTheWiringRuns() throws Exception {
    Path script = Path.of(System.getProperty("basedir", "."))
        .resolve("../scripts/javac-build.sh")
        .toAbsolutePath()
        .normalize();
    assertTrue(Files.isRegularFile(script), script::toString);
    List<String> command = List.of(
        "bash", script.toString(), Samples.acme().toString(), out.toString(), "com.acme.app.Main");
    Map<String, String> env = Map.of(
        "JAVA_HOME", System.getProperty("java.home"),
        "HOOKWIRE_PROCESSOR_PATH", Jars.processorPath(),
        "HOOKWIRE_CLASSPATH", Jars.libraryPath());

    Processes.Result run =
        Processes.run(command, out, env, Duration.ofSeconds(120)).assertSucceeded(command);

    assertTrue(
        run.output()
            .contains("javac: compiled 8 sources; generated: com/acme/hooks/HookWiring.java"),
        run.output());
    assertEquals(
        Samples.EXPECTED_RUN + "runtime module=null\napp module=null\n",
        Samples.printed(run.output()));
    String wiring = Files.readString(out.resolve("generated/com/acme/hooks/HookWiring.java"));
    assertTrue(
        wiring.contains("@Generated(\"dev.hookwire.processor.HookProcessor\")"),
        "javac on the class path sees java.compiler");
    assertTrue(Files.isRegularFile(out.resolve("classes/com/acme/hooks/HookWiring.class")));
  }
}
