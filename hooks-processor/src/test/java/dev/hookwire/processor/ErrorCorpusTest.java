package dev.hookwire.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The error corpus: malformed hooks, hooks packages, catalogs, patchable records and annotation
 * values, one folder each under {@code src/test/resources/bad/}. Each case runs under javac and
 * under ECJ; the test asserts each marked message, in that file, on that line, that there are no
 * other errors or warnings, and that the processor did not crash. {@code bad/README.md} describes
 * the markers and how to add a case.
 */
class ErrorCorpusTest {
  /** Why a case's Hookwire diagnostics land elsewhere under ECJ, and how its check fails there. */
  private record Difference(String why, String failure) {}

  /**
   * ECJ keeps no source position for a record component, nor for the field, accessor or
   * constructor parameter it declares, so the processor puts a diagnostic on a component on its
   * record ({@link CompilerQuirks#placeable}): on the component's line only when the component is
   * on the record's.
   */
  private static final String ON_A_RECORD_COMPONENT =
      "ECJ keeps no source position for a record component: a diagnostic on it lands on its record's line";

  /**
   * The cases whose Hookwire diagnostics ECJ does not place as javac does, because ECJ's
   * annotation-processing API gives the processor no way to: kept visible instead of weakening
   * the markers. Under ECJ each must still fail exactly so; once that changes its entry fails the
   * test until it is removed here.
   */
  private static final Map<String, Difference> ECJ_DIFFERENCES = Map.of(
      "patchable-component-on-its-own-line-named-like-a-patch-method",
      new Difference(ON_A_RECORD_COMPONENT, "but found it on line(s):\n   4: public record Doc("));

  @TestFactory
  Stream<DynamicContainer> eachMalformedInputGetsItsMessageOnItsLine() {
    List<CorpusCase> corpus = CorpusCase.all();
    assertThat(corpus).isNotEmpty();
    return corpus.stream()
        .map(input -> dynamicContainer(
            input.name(),
            Stream.of(CompilerKind.values())
                .map(compiler ->
                    dynamicTest(input.name() + " under " + compiler, () -> run(input, compiler)))));
  }

  private static void run(CorpusCase input, CompilerKind compiler) {
    Difference difference = compiler == CompilerKind.ECJ ? ECJ_DIFFERENCES.get(input.name()) : null;
    if (difference == null) {
      check(input, compiler);
      return;
    }
    AssertionError failure = assertThrows(
        AssertionError.class,
        () -> check(input, compiler),
        "bad/" + input.name() + " now passes under ECJ: remove it from ECJ_DIFFERENCES");
    assertWithMessage("bad/%s under ECJ (%s)", input.name(), difference.why())
        .that(failure)
        .hasMessageThat()
        .contains(difference.failure());
  }

  @Test
  void everyKnownDifferenceNamesACase() {
    List<String> cases = CorpusCase.all().stream().map(CorpusCase::name).toList();
    assertThat(cases).containsAtLeastElementsIn(ECJ_DIFFERENCES.keySet());
  }

  /** Checks one case, naming it in the failure (a build log shows a dynamic test by number). */
  private static void check(CorpusCase input, CompilerKind compiler) {
    try {
      checkMarkers(input, compiler);
    } catch (AssertionError e) {
      throw new AssertionError(
          "bad/" + input.name() + " under " + compiler + ": " + e.getMessage(), e);
    }
  }

  private static void checkMarkers(CorpusCase input, CompilerKind compiler) {
    List<JavaFileObject> files = input.files();
    List<CorpusCase.Expected> expected = input.expected(files, compiler);
    assertWithMessage("markers in %s", input.name()).that(expected).isNotEmpty();

    Compilation compilation = TestCompiler.forCorpus(compiler).compile(files);

    long errors =
        expected.stream().filter(e -> e.kind() == Diagnostic.Kind.ERROR).count();
    long warnings = expected.size() - errors;
    for (CorpusCase.Expected e : expected) {
      if (e.kind() == Diagnostic.Kind.ERROR) {
        assertThat(compilation).hadErrorContaining(e.message()).inFile(e.file()).onLine(e.line());
      } else {
        assertThat(compilation)
            .hadWarningContaining(e.message())
            .inFile(e.file())
            .onLine(e.line());
      }
    }
    assertThat(compilation).hadErrorCount((int) errors);
    assertThat(compilation).hadWarningCount((int) warnings);
    assertNoCrash(compilation);
  }

  /**
   * javac lets an exception from a processor escape {@code compile}, or reports it as an internal
   * error; ECJ reports it as an error "Internal compiler error: java.lang...Exception".
   */
  private static void assertNoCrash(Compilation compilation) {
    for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
      for (String crash :
          List.of("internal error", "threw an uncaught exception", "Internal compiler error")) {
        assertThat(d.getMessage(null)).doesNotContain(crash);
      }
    }
  }

  @Test
  void aProcessorThatThrowsIsACrashUnderEitherCompiler(@TempDir Path dir) {
    JavaFileObject source =
        TestCompiler.onDisk(dir, "com.acme.plain.A", "package com.acme.plain;\nclass A {}\n");
    assertThrows(
        RuntimeException.class,
        () -> Compiler.compiler(CompilerKind.JAVAC.tool())
            .withProcessors(new Throwing())
            .compile(source));
    Compilation ecj = Compiler.compiler(CompilerKind.ECJ.tool())
        .withProcessors(new Throwing())
        .compile(source);
    AssertionError e = assertThrows(AssertionError.class, () -> assertNoCrash(ecj));
    assertThat(e).hasMessageThat().contains("IllegalStateException: processor bug");
  }

  /** A processor that throws, as a processor bug would. */
  @SupportedAnnotationTypes("*")
  private static final class Throwing extends AbstractProcessor {
    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      throw new IllegalStateException("processor bug");
    }
  }

  @Test
  void aMarkerForOneCompilerIsExpectedOnlyFromItAndALineMayHoldSeveral(@TempDir Path dir)
      throws IOException {
    CorpusCase input = write(dir, """
        package com.acme.plain;
        class A {} // error: everywhere
        class B {} // error[javac]: from javac
        class C {} // warning[ecj]: from ECJ
        class D {} // error: first // warning[javac]: second
        """);
    List<JavaFileObject> files = input.files();
    assertThat(input.expected(files, CompilerKind.JAVAC))
        .containsExactly(
            new CorpusCase.Expected(Diagnostic.Kind.ERROR, files.get(0), 2, "everywhere"),
            new CorpusCase.Expected(Diagnostic.Kind.ERROR, files.get(0), 3, "from javac"),
            new CorpusCase.Expected(Diagnostic.Kind.ERROR, files.get(0), 5, "first"),
            new CorpusCase.Expected(Diagnostic.Kind.WARNING, files.get(0), 5, "second"));
    assertThat(input.expected(files, CompilerKind.ECJ))
        .containsExactly(
            new CorpusCase.Expected(Diagnostic.Kind.ERROR, files.get(0), 2, "everywhere"),
            new CorpusCase.Expected(Diagnostic.Kind.WARNING, files.get(0), 4, "from ECJ"),
            new CorpusCase.Expected(Diagnostic.Kind.ERROR, files.get(0), 5, "first"));
  }

  @Test
  void aMarkerForAnUnknownCompilerIsRejected(@TempDir Path dir) throws IOException {
    CorpusCase input = write(dir, "package com.acme.plain;\nclass A {} // error[eclipse]: typo\n");
    IllegalArgumentException e = assertThrows(
        IllegalArgumentException.class, () -> input.expected(input.files(), CompilerKind.ECJ));
    assertThat(e).hasMessageThat().contains("A.java:2: unknown compiler 'eclipse'");
  }

  @Test
  void placeholdersStandForTheLongTextsMessagesRepeat(@TempDir Path dir) throws IOException {
    CorpusCase input =
        write(dir, "package com.acme.plain;\nclass A {} // error: Known events: {AUTH}. {HELP}\n");
    String message = input.expected(input.files(), CompilerKind.JAVAC).get(0).message();
    assertThat(message).startsWith("Known events: after-admin-user-create, after-login,");
    assertThat(message).endsWith("(sub-packages are not scanned).");
  }

  @Test
  void everyCaseFolderHoldsSources() {
    for (CorpusCase input : CorpusCase.all()) {
      assertWithMessage("sources of bad/%s", input.name()).that(input.sources()).isNotEmpty();
    }
  }

  private static CorpusCase write(Path dir, String code) throws IOException {
    Path file = dir.resolve("some-case/com/acme/plain/A.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, code);
    return CorpusCase.all(dir).get(0);
  }
}
