package dev.hookwire.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@link CompilerQuirks} answers as javac does under each compiler. */
class CompilerQuirksTest {
  @TempDir
  Path dir;

  @ParameterizedTest(name = "{0}")
  @EnumSource(CompilerKind.class)
  void anImplicitConstructorIsToldFromAWrittenOne(CompilerKind compiler) {
    Inspect inspect = new Inspect();
    Compilation compilation = Compiler.compiler(compiler.tool())
        .withProcessors(inspect)
        .withOptions("--release", "17")
        .compile(
            TestCompiler.onDisk(
                dir,
                "com.acme.plain.Implicit",
                "package com.acme.plain;\nfinal class Implicit {}\n"),
            TestCompiler.onDisk(
                dir,
                "com.acme.plain.Written",
                "package com.acme.plain;\nfinal class Written {\n  Written() {}\n}\n"));
    assertThat(compilation).succeeded();
    assertThat(inspect.implicit).containsExactly("Implicit", true, "Written", false);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(CompilerKind.class)
  void aRecordAndItsTypeParameterArePlacedOnItsClassViewUnderEcjOnly(CompilerKind compiler) {
    Inspect inspect = new Inspect();
    Compilation compilation = Compiler.compiler(compiler.tool())
        .withProcessors(inspect)
        .withOptions("--release", "17")
        .compile(TestCompiler.onDisk(
            dir, "com.acme.plain.Shape", "package com.acme.plain;\nrecord Shape<T>(T sides) {}\n"));
    assertThat(compilation).succeeded();
    // ECJ's Messager places a class but neither a record nor a type parameter: both go to the
    // record's class view.
    if (compiler == CompilerKind.JAVAC) {
      assertThat(inspect.placed)
          .containsExactly("RECORD Shape", "TYPE_PARAMETER T")
          .inOrder();
    } else {
      assertThat(inspect.placed).containsExactly("CLASS Shape", "CLASS Shape").inOrder();
    }
  }

  /** Records what CompilerQuirks answers for the types of the compile. */
  @SupportedAnnotationTypes("*")
  private static final class Inspect extends AbstractProcessor {
    final Map<String, Boolean> implicit = new LinkedHashMap<>();
    /** Where the first type is placed, and where its type parameter is. */
    final List<String> placed = new ArrayList<>();

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      for (TypeElement type : ElementFilter.typesIn(round.getRootElements())) {
        for (ExecutableElement constructor :
            ElementFilter.constructorsIn(type.getEnclosedElements())) {
          implicit.put(
              type.getSimpleName().toString(),
              CompilerQuirks.isImplicitConstructor(constructor, processingEnv.getElementUtils()));
        }
        if (placed.isEmpty()) {
          placed.add(describe(CompilerQuirks.placeable(type, processingEnv.getElementUtils())));
          placed.add(
              type.getTypeParameters().isEmpty()
                  ? "none"
                  : describe(CompilerQuirks.placeable(
                      type.getTypeParameters().get(0), processingEnv.getElementUtils())));
        }
      }
      return false;
    }

    private static String describe(Element element) {
      return element.getKind() + " " + element.getSimpleName();
    }
  }
}
