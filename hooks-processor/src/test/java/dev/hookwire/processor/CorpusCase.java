package dev.hookwire.processor;

import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * One case of the error corpus: a folder under {@code src/test/resources/bad/}, whose {@code .java}
 * files (in their package folders) are compiled together, and whose trailing markers say which
 * diagnostics the compilation must report, in which file, on which line. The markers are described
 * in {@code bad/README.md}.
 */
record CorpusCase(String name, List<Path> sources) {
  /** The corpus, read from the source folder so that a new case needs no build step. */
  static final Path ROOT = Paths.get("src/test/resources/bad");

  /**
   * The start of a marker: {@code // error: }, {@code // warning: }, or the same for one compiler
   * only, {@code // error[ecj]: }. Its text, a substring of the diagnostic's message, runs to the
   * next marker on the line or to the end of the line.
   */
  private static final Pattern MARKER = Pattern.compile("// (error|warning)(?:\\[([^\\]]*)\\])?: ");

  /** Placeholders a marker may use for long texts that many messages repeat. */
  private static final List<String[]> PLACEHOLDERS = List.of(
      new String[] {
        "{AUTH}",
        "after-admin-user-create, after-login, after-session-create, after-user-create, before-login,"
            + " before-session-create, before-user-create, resolve-oauth-context, transform-custom-user-data"
      },
      new String[] {
        "{HELP}",
        "A hook class is named after its event, or names it with @Hook(\"event-name\"). Every"
            + " top-level type of a hooks package is a hook; move helper types to another package"
            + " (sub-packages are not scanned)."
      });

  /** A diagnostic the case must get. */
  record Expected(Diagnostic.Kind kind, JavaFileObject file, int line, String message) {}

  /** Every case under {@link #ROOT}, by folder name. */
  static List<CorpusCase> all() {
    return all(ROOT);
  }

  static List<CorpusCase> all(Path root) {
    try (Stream<Path> folders = Files.list(root)) {
      return folders.filter(Files::isDirectory).sorted().map(CorpusCase::of).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static CorpusCase of(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      List<Path> sources =
          files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
      return new CorpusCase(folder.getFileName().toString(), sources);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The sources as compile-testing reads them; the same objects that {@link #expected} names. */
  List<JavaFileObject> files() {
    return sources.stream().map(CorpusCase::file).toList();
  }

  /** The diagnostics {@code compiler} must report for {@code files}, which {@link #files} returned. */
  List<Expected> expected(List<JavaFileObject> files, CompilerKind compiler) {
    List<Expected> expected = new ArrayList<>();
    for (int f = 0; f < sources.size(); f++) {
      List<String> lines = read(sources.get(f));
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        Matcher marker = MARKER.matcher(line);
        boolean found = marker.find();
        while (found) {
          String kind = marker.group(1);
          String only = marker.group(2);
          int textStart = marker.end();
          found = marker.find();
          String text =
              line.substring(textStart, found ? marker.start() : line.length()).strip();
          if (only != null
              && Stream.of(CompilerKind.values()).noneMatch(k -> k.marker().equals(only))) {
            throw new IllegalArgumentException(sources.get(f) + ":" + (i + 1)
                + ": unknown compiler '" + only + "' in marker; use one of "
                + Stream.of(CompilerKind.values()).map(CompilerKind::marker).toList());
          }
          if (only == null || only.equals(compiler.marker())) {
            expected.add(new Expected(
                Diagnostic.Kind.valueOf(kind.toUpperCase(Locale.ROOT)),
                files.get(f),
                i + 1,
                expand(text)));
          }
        }
      }
    }
    return expected;
  }

  private static String expand(String text) {
    for (String[] placeholder : PLACEHOLDERS) {
      text = text.replace(placeholder[0], placeholder[1]);
    }
    return text;
  }

  private static List<String> read(Path source) {
    try {
      return Files.readAllLines(source, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JavaFileObject file(Path source) {
    try {
      return JavaFileObjects.forResource(source.toUri().toURL());
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(e);
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
