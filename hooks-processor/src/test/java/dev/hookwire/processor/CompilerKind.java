package dev.hookwire.processor;

import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;

/**
 * The compilers the processor is tested under: javac, which Maven and Gradle run, and ECJ,
 * Eclipse's compiler, which runs the processor inside the IDE with its own implementation of the
 * annotation-processing API (elements, types, messager, filer).
 */
enum CompilerKind {
  JAVAC("javac", List.of("-Xlint:all", "-Werror"), List.of()),
  /**
   * ECJ warns about unused imports by default, which javac never does; the corpus cases share one
   * import block, so the corpus turns that one warning off. Its other default warnings stay on.
   */
  ECJ("ecj", List.of(), List.of("-warn:-unusedImport"));

  private final String marker;
  private final List<String> strictOptions;
  private final List<String> corpusOptions;

  CompilerKind(String marker, List<String> strictOptions, List<String> corpusOptions) {
    this.marker = marker;
    this.strictOptions = strictOptions;
    this.corpusOptions = corpusOptions;
  }

  /** The name that tags a corpus marker meant for this compiler only: {@code // error[ecj]: }. */
  String marker() {
    return marker;
  }

  /** A fresh instance of the compiler, for one compilation. */
  JavaCompiler tool() {
    return this == JAVAC ? ToolProvider.getSystemJavaCompiler() : new EclipseCompiler();
  }

  /** Options for valid sources: lint as users run it, so that a warning fails the test. */
  List<String> strictOptions() {
    return strictOptions;
  }

  /** Options for the error corpus, which asserts each warning it expects and no other. */
  List<String> corpusOptions() {
    return corpusOptions;
  }

  @Override
  public String toString() {
    return marker;
  }
}
