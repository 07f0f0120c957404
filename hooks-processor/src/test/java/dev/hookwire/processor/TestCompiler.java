package dev.hookwire.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles test sources with Hookwire's processors against the real runtime.
 *
 * <p>The processor module cannot depend on {@code hooks-runtime} (the runtime is itself compiled
 * with this processor, for its patches), so the runtime's sources are compiled here once per test
 * JVM, with the processor under test, into a temporary class directory. That also checks that the
 * built-in catalog compiles cleanly and is readable from class files.
 */
final class TestCompiler {
  private static final Path RUNTIME_SOURCES = Paths.get("../hooks-runtime/src/main/java");
  private static List<File> classpath;

  private TestCompiler() {}

  /** javac with Hookwire's processors, the runtime on the class path, and lint as users run it. */
  static Compiler javac() {
    return compiler(CompilerKind.JAVAC);
  }

  /** {@code kind} with Hookwire's processors, the runtime on the class path, and lint as users run it. */
  static Compiler compiler(CompilerKind kind) {
    return withOptions(kind, kind.strictOptions());
  }

  /** {@code kind} as the error corpus runs it: the warnings it expects are asserted, not errors. */
  static Compiler forCorpus(CompilerKind kind) {
    return withOptions(kind, kind.corpusOptions());
  }

  private static Compiler withOptions(CompilerKind kind, List<String> options) {
    List<String> all = new ArrayList<>(options);
    all.addAll(List.of("--release", "17"));
    return Compiler.compiler(kind.tool())
        .withProcessors(new HookProcessor(), new HookwireClaimer())
        .withClasspath(classpath())
        .withOptions(all);
  }

  static Compilation compile(JavaFileObject... sources) {
    return javac().compile(sources);
  }

  /** A source from this module's test resources, for example {@code "good/BeforeUserCreate.java"}. */
  static JavaFileObject resource(String path) {
    return JavaFileObjects.forResource(path);
  }

  static JavaFileObject source(String qualifiedName, String code) {
    return JavaFileObjects.forSourceString(qualifiedName, code);
  }

  /**
   * A source written to a file under {@code dir}, for ECJ, which compiles only sources with a
   * {@code file:} URI ({@link #source} gives an in-memory one).
   */
  static JavaFileObject onDisk(Path dir, String qualifiedName, String code) {
    Path file = dir.resolve(qualifiedName.replace('.', File.separatorChar) + ".java");
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, code, StandardCharsets.UTF_8);
      return JavaFileObjects.forResource(file.toUri().toURL());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The source file {@code qualifiedName} that the compilation generated. */
  static String generatedSource(Compilation compilation, String qualifiedName) {
    return contents(compilation.generatedSourceFile(qualifiedName), qualifiedName);
  }

  /** The resource {@code path} that the compilation wrote to the class output. */
  static String generatedClassOutput(Compilation compilation, String path) {
    return contents(compilation.generatedFile(StandardLocation.CLASS_OUTPUT, path), path);
  }

  private static String contents(Optional<JavaFileObject> file, String name) {
    assertWithMessage("generated file %s", name).that(file.isPresent()).isTrue();
    try {
      return file.get().getCharContent(false).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String readResource(String path) {
    try (var in = TestCompiler.class.getClassLoader().getResourceAsStream(path)) {
      assertWithMessage("test resource %s", path).that(in).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The test class path plus the runtime compiled from source. */
  static synchronized List<File> classpath() {
    if (classpath == null) {
      List<File> entries = new ArrayList<>();
      entries.add(compileRuntime().toFile());
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        entries.add(new File(entry));
      }
      classpath = List.copyOf(entries);
    }
    return classpath;
  }

  private static Path compileRuntime() {
    try {
      Path out = Files.createTempDirectory("hookwire-runtime-classes");
      out.toFile().deleteOnExit();
      List<File> sources;
      try (Stream<Path> files = Files.walk(RUNTIME_SOURCES)) {
        // On the class path, as the tests' hooks packages are: the module descriptor stays out.
        sources = files
            .filter(p -> p.toString().endsWith(".java") && !p.endsWith("module-info.java"))
            .map(Path::toFile)
            .toList();
      }
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      try (StandardJavaFileManager files =
          javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
        JavaCompiler.CompilationTask task = javac.getTask(
            null,
            files,
            diagnostics,
            List.of(
                "-d",
                out.toString(),
                "-s",
                out.toString(),
                "--release",
                "17",
                "-parameters",
                "-Xlint:all",
                "-Werror",
                "-classpath",
                System.getProperty("java.class.path")),
            null,
            files.getJavaFileObjectsFromFiles(sources));
        task.setProcessors(List.of(new HookProcessor(), new HookwireClaimer()));
        boolean ok = task.call();
        assertWithMessage(
                "compiling the runtime from %s: %s",
                RUNTIME_SOURCES.toAbsolutePath(), diagnostics.getDiagnostics())
            .that(ok)
            .isTrue();
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
