package dev.hookwire.it.support;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.eclipse.jdt.internal.compiler.batch.Main;

/**
 * Runs the JDK's javac (through {@code javax.tools}, in this JVM) and Eclipse's batch compiler
 * (ECJ's {@code org.eclipse.jdt.internal.compiler.batch.Main}, in this JVM) with command-line
 * options, as a user's build would, and gives back what they reported in one shape.
 */
public final class Compilers {
  private Compilers() {}

  /**
   * One problem a compiler reported.
   *
   * @param file the source file's name (no directory)
   * @param line 1-based
   * @param marked the name or literal the compiler points at, normalised so that both compilers'
   *     positions compare: javac puts its caret at the start of an element (for a class, on the
   *     {@code class} keyword: the name after it is taken), ECJ underlines a range (a class's name,
   *     a method's name with its parameter list: its first token is taken)
   */
  public record Problem(String kind, String file, long line, String marked, String message) {
    @Override
    public String toString() {
      return file + ":" + line + ": " + kind + ": " + message + " [at '" + marked + "']";
    }
  }

  /** What a compile did. */
  public record Result(boolean success, List<Problem> problems, String output) {
    public List<Problem> errors() {
      return problems.stream().filter(p -> p.kind().equals("error")).toList();
    }

    public Result assertSucceeded() {
      if (!success) {
        throw new AssertionError("The compile failed:\n" + output);
      }
      return this;
    }
  }

  /** Every {@code .java} file below {@code dir}, sorted. */
  public static List<Path> sourcesIn(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** javac with these options (e.g. {@code -processorpath}, {@code -cp}, {@code -d}) on these files. */
  public static Result javac(List<String> options, List<Path> sources) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter out = new StringWriter();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      boolean success = javac
          .getTask(
              out, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources))
          .call();
      List<Problem> problems = new ArrayList<>();
      StringBuilder text = new StringBuilder(out.toString());
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        String kind = d.getKind() == Diagnostic.Kind.ERROR
            ? "error"
            : d.getKind().toString().toLowerCase(Locale.ROOT);
        String file = d.getSource() == null
            ? ""
            : Path.of(d.getSource().toUri()).getFileName().toString();
        String marked = d.getSource() == null
            ? ""
            : tokenAt(d.getSource().getCharContent(true).toString(), d.getPosition());
        problems.add(new Problem(
            kind.startsWith("mandatory") ? "warning" : kind,
            file,
            d.getLineNumber(),
            marked,
            d.getMessage(Locale.ROOT)));
        text.append(d).append('\n');
      }
      return new Result(success, problems, text.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** ECJ's batch compiler with these (javac-style) command-line options, in this JVM. */
  public static Result ecj(List<String> options, List<Path> sources) {
    List<String> args = new ArrayList<>(options);
    args.add("-Xemacs"); // file:line: kind: message, then the source line and the underline
    sources.forEach(source -> args.add(source.toString()));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    boolean success;
    try (PrintWriter outWriter = new PrintWriter(out);
        PrintWriter errWriter = new PrintWriter(err)) {
      success =
          new Main(outWriter, errWriter, false, null, null).compile(args.toArray(String[]::new));
    }
    String output = out + err.toString();
    return new Result(success, parseEcj(output), output);
  }

  private static final Pattern ECJ_PROBLEM =
      Pattern.compile("^(.+?):(\\d+): (error|warning|info): (.*)$");

  private static List<Problem> parseEcj(String output) {
    List<Problem> problems = new ArrayList<>();
    String[] lines = output.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      Matcher m = ECJ_PROBLEM.matcher(lines[i]);
      if (!m.matches()) {
        continue;
      }
      String marked = "";
      if (i + 2 < lines.length && lines[i + 2].contains("^")) {
        String source = lines[i + 1];
        String underline = lines[i + 2];
        int from = underline.indexOf('^');
        int to = underline.lastIndexOf('^') + 1;
        if (to <= source.length()) {
          marked = tokenAt(source.substring(from, to), 0);
        }
      }
      problems.add(new Problem(
          m.group(3),
          Path.of(m.group(1)).getFileName().toString(),
          Long.parseLong(m.group(2)),
          marked,
          m.group(4)));
    }
    problems.sort(Comparator.comparing(Problem::file).thenComparingLong(Problem::line));
    return problems;
  }

  private static final List<String> TYPE_KEYWORDS = List.of("class", "interface", "enum", "record");

  /**
   * The identifier, number or string literal starting at {@code position}; for a type keyword, the
   * type's name after it.
   */
  private static String tokenAt(String source, long position) {
    String token = tokenStartingAt(source, position);
    if (TYPE_KEYWORDS.contains(token)) {
      int next = (int) position + token.length();
      while (next < source.length() && Character.isWhitespace(source.charAt(next))) {
        next++;
      }
      return tokenStartingAt(source, next);
    }
    return token;
  }

  private static String tokenStartingAt(String source, long position) {
    if (position < 0 || position >= source.length()) {
      return "";
    }
    int start = (int) position;
    int end = start;
    if (source.charAt(start) == '"') {
      end = source.indexOf('"', start + 1) + 1;
    } else {
      while (end < source.length() && Character.isJavaIdentifierPart(source.charAt(end))) {
        end++;
      }
    }
    return source.substring(start, Math.max(end, start));
  }
}
