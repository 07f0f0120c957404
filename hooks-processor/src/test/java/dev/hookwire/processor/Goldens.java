package dev.hookwire.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.Map;

/**
 * The golden files: what the processor must generate, byte for byte, under {@code
 * src/test/resources/expected/}. Tests compare with them; run with {@code
 * -Dhookwire.updateGoldens=true} and they rewrite them instead (in the source folder, so that the
 * change shows in {@code git diff}), printing each file that changed.
 *
 * <p>Every compiler a test runs must produce the same output: in one run, a golden file written
 * from one compiler's output and then given different output from another fails the test.
 */
final class Goldens {
  /** The system property that turns comparing into rewriting. */
  static final String UPDATE_PROPERTY = "hookwire.updateGoldens";

  private static final Goldens PROJECT = new Goldens(
      Paths.get("src/test/resources/expected"), Boolean.getBoolean(UPDATE_PROPERTY), System.out);

  private final Path root;
  private final boolean update;
  private final PrintStream log;
  private final Map<String, String> writtenThisRun = new HashMap<>();

  Goldens(Path root, boolean update, PrintStream log) {
    this.root = root;
    this.update = update;
    this.log = log;
  }

  /** The project's golden files, comparing or rewriting as {@value #UPDATE_PROPERTY} says. */
  static Goldens project() {
    return PROJECT;
  }

  /** The folder of the golden files. */
  Path root() {
    return root;
  }

  /**
   * Asserts that {@code actual} is the golden file {@code path} (relative to the golden folder), or
   * makes it so when updating.
   */
  synchronized void check(String path, String actual) {
    Path file = root.resolve(path);
    if (!update) {
      assertWithMessage(
              "golden file %s (to rewrite it from this output, run with -D%s=true)",
              file, UPDATE_PROPERTY)
          .that(actual)
          .isEqualTo(read(file));
      return;
    }
    String earlier = writtenThisRun.putIfAbsent(path, actual);
    if (earlier != null) {
      assertWithMessage(
              "golden file %s: this output differs from the one it was just rewritten from", file)
          .that(actual)
          .isEqualTo(earlier);
      return;
    }
    if (Files.exists(file) && read(file).equals(actual)) {
      return;
    }
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    log.println("Rewrote golden file " + file);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "golden file " + file + " is missing; run with -D" + UPDATE_PROPERTY
              + "=true to write it",
          e);
    }
  }
}
