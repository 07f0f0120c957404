package dev.hookwire.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code META-INF/hookwire/wirings}: every wiring of the output, kept across incremental compiles. */
class WiringIndexTest {
  private static final String INDEX = "META-INF/hookwire/wirings";

  private static JavaFileObject[] resources(List<String> paths) {
    return paths.stream().map(TestCompiler::resource).toArray(JavaFileObject[]::new);
  }

  private static JavaFileObject[] resources(List<String> first, List<String> second) {
    return Stream.concat(first.stream(), second.stream())
        .map(TestCompiler::resource)
        .toArray(JavaFileObject[]::new);
  }

  @Test
  void listsEveryWiringOfTheCompileSortedOnePerLine() {
    Compilation compilation =
        TestCompiler.compile(resources(GoodSources.desk(), GoodSources.AUTH_HOOKS));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedFile(StandardLocation.CLASS_OUTPUT, INDEX)
        .contentsAsUtf8String()
        .isEqualTo("com.acme.desk.hooks.HookWiring\ncom.acme.hooks.HookWiring\n");
  }

  @Test
  void aCompileThatWiresNothingWritesNoIndex() {
    Compilation compilation = TestCompiler.compile(resources(GoodSources.DESK_CATALOG));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation.generatedFiles().stream()
            .map(JavaFileObject::getName)
            .filter(n -> n.endsWith("wirings"))
            .toList())
        .isEmpty();
  }

  @Test
  void anIncrementalCompileOfOnePackageKeepsTheOthers(@TempDir Path classes) throws IOException {
    javac(classes, resources(GoodSources.AUTH_HOOKS));
    assertThat(index(classes)).isEqualTo("com.acme.hooks.HookWiring\n");

    javac(classes, resources(GoodSources.desk()));
    assertThat(index(classes))
        .isEqualTo("com.acme.desk.hooks.HookWiring\ncom.acme.hooks.HookWiring\n");

    // Rewiring a package already listed lists it once; a compile that wires nothing changes
    // nothing.
    javac(classes, resources(GoodSources.AUTH_HOOKS));
    javac(classes, resources(GoodSources.CMS_CATALOG));
    assertThat(index(classes))
        .isEqualTo("com.acme.desk.hooks.HookWiring\ncom.acme.hooks.HookWiring\n");
  }

  private static String index(Path classes) throws IOException {
    return Files.readString(classes.resolve(INDEX), StandardCharsets.UTF_8);
  }

  /** javac with the processors into {@code out}, which is also on the class path, as a build tool runs it. */
  private static void javac(Path out, JavaFileObject... sources) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> classpath = new ArrayList<>(List.of(out.toString()));
    TestCompiler.classpath().forEach(entry -> classpath.add(entry.getPath()));
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      List<String> arguments = List.of(
          "-d",
          out.toString(),
          "--release",
          "17",
          "-classpath",
          String.join(File.pathSeparator, classpath));
      JavaCompiler.CompilationTask task =
          javac.getTask(null, files, diagnostics, arguments, null, List.of(sources));
      task.setProcessors(List.of(new HookProcessor(), new HookwireClaimer()));
      assertThat(task.call()).isTrue();
    }
  }
}
