package dev.hookwire.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A host publishes its catalog in a jar: the catalog, its records (with their generated patches)
 * and its filters, compiled in the host's build. A hooks package compiled against that jar must get
 * exactly what it gets when the catalog is compiled in the same build: the same wiring, byte for
 * byte, and the same errors.
 */
class CatalogFromJarTest {
  private static final List<String> DESK_CATALOG = GoodSources.DESK_CATALOG;
  private static final List<String> DESK_HOOKS = GoodSources.DESK_HOOKS;
  private static final List<String> CMS_CATALOG = GoodSources.CMS_CATALOG;
  private static final List<String> CMS_HOOKS = GoodSources.CMS_HOOKS;

  private static final String DESK_PACKAGE_INFO =
      "@dev.hookwire.annotations.HookPackage(com.acme.desk.DeskHooks.class)\npackage com.acme.desk.hooks;\n";

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"desk", "cms"})
  void aCatalogFromAJarGeneratesTheSameWiringAsOneCompiledAlongside(
      String example, @TempDir Path dir) {
    List<String> catalog = example.equals("desk") ? DESK_CATALOG : CMS_CATALOG;
    List<String> hooks = example.equals("desk") ? DESK_HOOKS : CMS_HOOKS;
    String wiring = "com.acme." + example + ".hooks.HookWiring";

    Compilation together = TestCompiler.compile(resources(concat(catalog, hooks)));
    assertThat(together).succeededWithoutWarnings();

    Path jar = jar(dir, List.of("-parameters"), resources(catalog));
    Compilation againstJar = compileAgainst(jar, resources(hooks));
    assertThat(againstJar).succeededWithoutWarnings();
    assertThat(againstJar)
        .generatedSourceFile(wiring)
        .contentsAsUtf8String()
        .isEqualTo(contents(together, wiring));
    // Only the hooks package was compiled: the catalog, its records and patches came from the jar.
    assertThat(againstJar.generatedSourceFiles()).hasSize(1);
  }

  @Test
  void theJarHoldsWhatTheHostBuilt(@TempDir Path dir) throws IOException {
    Path jar = jar(dir, List.of("-parameters"), resources(DESK_CATALOG));
    try (JarFile file = new JarFile(jar.toFile())) {
      List<String> classes = file.stream()
          .map(JarEntry::getName)
          .filter(n -> n.endsWith(".class"))
          .sorted()
          .toList();
      assertThat(classes)
          .containsExactly(
              "com/acme/desk/DeskHooks.class",
              "com/acme/desk/Ticket.class",
              "com/acme/desk/TicketPatch.class",
              "com/acme/desk/UrgentFilter.class")
          .inOrder();
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(CompilerKind.class)
  void aCatalogCompiledWithoutParametersStillGetsReadableParameterNames(
      CompilerKind compiler, @TempDir Path dir) {
    // Without -parameters a class file keeps no parameter names (javac reads arg0, arg1...): the
    // wiring names the entity after its type. DeskHooks names its parameters that way already, so
    // the output is byte-identical to the golden file.
    Path jar = jar(dir.resolve("desk"), List.of(), resources(DESK_CATALOG));
    Compilation desk = compileAgainst(compiler, jar, resources(DESK_HOOKS));
    assertThat(desk).succeededWithoutWarnings();
    Goldens.project()
        .check(
            "com/acme/desk/hooks/HookWiring.java",
            TestCompiler.generatedSource(desk, "com.acme.desk.hooks.HookWiring"));

    // A catalog whose parameters are named otherwise: the names come from the types.
    Path notes =
        jar(dir.resolve("notes"), List.of(), TestCompiler.source("com.acme.notes.NoteHooks", """
        package com.acme.notes;

        import dev.hookwire.annotations.*;
        import dev.hookwire.runtime.*;
        import java.util.List;
        import java.util.Map;

        @EventCatalog
        public interface NoteHooks {
          @BeforeEvent DataRecord beforeNoteSave(DataRecord r, HookContext c);
          @AfterEvent void afterNoteSave(DataRecord r, HookContext c);
          @TransformEvent Map<String, String> transformNoteMeta(Map<String, String> m, HookContext c);
          @TransformEvent List<DataRecord> transformNoteList(List<DataRecord> l, HookContext c);
        }
        """));
    Compilation compilation = compileAgainst(
        compiler,
        notes,
        TestCompiler.onDisk(
            dir.resolve("sources"),
            "com.acme.notes.hooks.package-info",
            "@dev.hookwire.annotations.HookPackage(com.acme.notes.NoteHooks.class)\npackage com.acme.notes.hooks;\n"),
        TestCompiler.onDisk(
            dir.resolve("sources"),
            "com.acme.notes.hooks.AfterNoteSave",
            "package com.acme.notes.hooks;\npublic final class AfterNoteSave { public void handle(dev.hookwire.runtime.DataRecord note) {} }\n"));
    assertThat(compilation).succeededWithoutWarnings();
    String wiring = contents(compilation, "com.acme.notes.hooks.HookWiring");
    assertThat(wiring)
        .contains("public DataRecord beforeNoteSave(DataRecord dataRecord, HookContext ctx) {");
    assertThat(wiring)
        .contains("public void afterNoteSave(DataRecord dataRecord, HookContext ctx) {");
    assertThat(wiring).contains("afterNoteSave.handle(dataRecord);");
    assertThat(wiring)
        .contains(
            "public Map<String, String> transformNoteMeta(Map<String, String> map, HookContext ctx) {");
    assertThat(wiring)
        .contains(
            "public List<DataRecord> transformNoteList(List<DataRecord> list, HookContext ctx) {");
    assertThat(wiring).doesNotContain("arg0");
  }

  @Test
  void aHookErrorAgainstAJarCatalogReadsTheSameAsAgainstASourceCatalog(@TempDir Path dir) {
    Path jar = jar(dir, List.of("-parameters"), resources(DESK_CATALOG));
    List<String[]> mistakes = List.of(
        new String[] {
          "com.acme.desk.hooks.AfterTicketOpn",
          "package com.acme.desk.hooks;\n\npublic final class AfterTicketOpn { public void handle(com.acme.desk.Ticket t) {} }\n"
        },
        new String[] {
          "com.acme.desk.hooks.BeforeTicketOpen",
          "package com.acme.desk.hooks;\n\nimport com.acme.desk.Ticket;\n\npublic final class BeforeTicketOpen {\n  public Ticket handle(Ticket t) { return t; }\n}\n"
        },
        new String[] {
          "com.acme.desk.hooks.AfterTicketOpen",
          "package com.acme.desk.hooks;\n\n@dev.hookwire.annotations.Tags(\"support\")\npublic final class AfterTicketOpen {\n  public void handle(String t) {}\n}\n"
        },
        new String[] {
          "com.acme.desk.hooks.TransformTicketView",
          "package com.acme.desk.hooks;\n\n@dev.hookwire.annotations.Async\npublic final class TransformTicketView {\n  public com.acme.desk.Ticket handle(com.acme.desk.Ticket t) { return t; }\n}\n"
        });
    for (String[] mistake : mistakes) {
      JavaFileObject packageInfo =
          TestCompiler.source("com.acme.desk.hooks.package-info", DESK_PACKAGE_INFO);
      JavaFileObject hook = TestCompiler.source(mistake[0], mistake[1]);
      List<JavaFileObject> together = new ArrayList<>(List.of(resources(DESK_CATALOG)));
      together.add(packageInfo);
      together.add(hook);
      List<String> fromSource =
          errors(TestCompiler.compile(together.toArray(JavaFileObject[]::new)));
      List<String> fromJar = errors(compileAgainst(jar, packageInfo, hook));
      assertWithMessage("errors of %s", mistake[0]).that(fromSource).isNotEmpty();
      assertWithMessage("errors of %s against the jar", mistake[0])
          .that(fromJar)
          .isEqualTo(fromSource);
    }
  }

  @Test
  void anInvalidCatalogInAJarIsReportedOnTheHookPackageThatNamesIt(@TempDir Path dir) {
    // Built without the processor, so its mistakes reached the jar; javac has no line to show for
    // a class file, so the errors go on @HookPackage, naming the catalog element in brackets.
    Path jar =
        jar(dir, List.of("-proc:none"), TestCompiler.source("com.acme.notes.NoteHooks", """
        package com.acme.notes;

        import dev.hookwire.annotations.*;
        import dev.hookwire.runtime.HookContext;

        @EventCatalog
        public interface NoteHooks {
          void afterNoteSave(String note, HookContext ctx);
          @AfterEvent @VirtualEvent(name = "after-note-save", filter = Object.class) void afterNoteEdit(String note, HookContext ctx);
        }
        """));
    JavaFileObject packageInfo = TestCompiler.source(
        "com.acme.notes.hooks.package-info",
        "@dev.hookwire.annotations.HookPackage(com.acme.notes.NoteHooks.class)\npackage com.acme.notes.hooks;\n");
    Compilation compilation = compileAgainst(jar, packageInfo);
    assertThat(compilation)
        .hadErrorContaining("[com.acme.notes.NoteHooks.afterNoteSave] "
            + Message.EVENT_WITHOUT_KIND.format("afterNoteSave"))
        .inFile(packageInfo)
        .onLine(1);
    assertThat(compilation)
        .hadErrorContaining("[com.acme.notes.NoteHooks.afterNoteEdit] "
            + Message.VIRTUAL_EVENT_NAME_TAKEN.format(
                "after-note-save", "the event of catalog method afterNoteSave"))
        .inFile(packageInfo)
        .onLine(1);
    assertThat(compilation)
        .hadErrorContaining(Message.CATALOG_INVALID.format("com.acme.notes.NoteHooks"))
        .inFile(packageInfo)
        .onLine(1);
    assertThat(compilation).hadErrorCount(3);
  }

  // ---- helpers ----

  private static JavaFileObject[] resources(List<String> paths) {
    return paths.stream().map(TestCompiler::resource).toArray(JavaFileObject[]::new);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return Stream.concat(a.stream(), b.stream()).toList();
  }

  /** The errors as a person reads them: file name, line and message. */
  private static List<String> errors(Compilation compilation) {
    return compilation.errors().stream()
        .map(
            d -> (d.getSource() == null ? "?" : new File(d.getSource().toUri().getPath()).getName())
                + ":" + d.getLineNumber() + ": " + d.getMessage(null))
        .toList();
  }

  private static Compilation compileAgainst(Path jar, JavaFileObject... sources) {
    return compileAgainst(CompilerKind.JAVAC, jar, sources);
  }

  private static Compilation compileAgainst(
      CompilerKind compiler, Path jar, JavaFileObject... sources) {
    List<File> classpath = new ArrayList<>();
    classpath.add(jar.toFile());
    classpath.addAll(TestCompiler.classpath());
    return TestCompiler.compiler(compiler).withClasspath(classpath).compile(sources);
  }

  private static String contents(Compilation compilation, String qualifiedName) {
    try {
      return compilation
          .generatedSourceFile(qualifiedName)
          .orElseThrow()
          .getCharContent(false)
          .toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Compiles {@code sources} as a host's build does (with Hookwire's processors, lint as errors),
   * and packages the class files in a jar, as {@code mvn package} would.
   */
  private static Path jar(Path dir, List<String> options, JavaFileObject... sources) {
    try {
      Path classes = dir.resolve("classes");
      Path generated = dir.resolve("generated-sources");
      Files.createDirectories(classes);
      Files.createDirectories(generated);
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      try (StandardJavaFileManager files =
          javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
        List<String> arguments = new ArrayList<>(List.of(
            "-d",
            classes.toString(),
            "-s",
            generated.toString(),
            "--release",
            "17",
            "-Xlint:all",
            "-Werror",
            "-classpath",
            String.join(
                File.pathSeparator,
                TestCompiler.classpath().stream().map(File::getPath).toList())));
        arguments.addAll(options);
        JavaCompiler.CompilationTask task =
            javac.getTask(null, files, diagnostics, arguments, null, List.of(sources));
        task.setProcessors(List.of(new HookProcessor(), new HookwireClaimer()));
        boolean ok = task.call();
        assertWithMessage(
                "building the catalog jar: %s",
                diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
                    .toList())
            .that(ok)
            .isTrue();
      }
      Manifest manifest = new Manifest();
      manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
      Path jar = dir.resolve("catalog.jar");
      try (OutputStream file = Files.newOutputStream(jar);
          JarOutputStream out = new JarOutputStream(file, manifest);
          Stream<Path> entries = Files.walk(classes)) {
        for (Path entry : entries.filter(Files::isRegularFile).sorted().toList()) {
          out.putNextEntry(
              new JarEntry(classes.relativize(entry).toString().replace(File.separatorChar, '/')));
          out.write(Files.readAllBytes(entry));
          out.closeEntry();
        }
      }
      return jar;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
