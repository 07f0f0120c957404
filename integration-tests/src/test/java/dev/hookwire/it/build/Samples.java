package dev.hookwire.it.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The sample sources the build-path tests compile: {@code src/test/resources/samples}. */
final class Samples {
  private Samples() {}

  /**
   * {@code com.acme.hooks} (a hooks package: BeforeUserCreate, AfterUserCreate, AuditSignup,
   * AfterAdminUserCreate, TransformCustomUserData) and {@code com.acme.app} (a Main that calls
   * the generated wiring and prints what ran).
   */
  static Path acme() {
    return Path.of(System.getProperty("basedir", "."))
        .resolve("src/test/resources/samples/acme")
        .toAbsolutePath();
  }

  /** What the sample's Main prints when every hook is wired. */
  static final String EXPECTED_RUN = "name=Ada\n"
      + "ran=[BeforeUserCreate, AfterUserCreate, AuditSignup, AfterUserCreate, AuditSignup, AfterAdminUserCreate,"
      + " TransformCustomUserData, BeforeUserCreate]\n"
      + "claims={plan=pro, sub=u1}\n"
      + "rejected=Disposable email addresses are not allowed.\n";

  /** A copy of {@code from} at {@code to}, to edit or add to. */
  static Path copy(Path from, Path to) {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
      return to;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The lines of a program's output that the sample's Main printed (the runtime may log too). */
  static String printed(String output) {
    StringBuilder out = new StringBuilder();
    for (String line : output.split("\\R")) {
      if (line.matches("(name|ran|claims|rejected|runtime module|app module)=.*")) {
        out.append(line).append('\n');
      }
    }
    return out.toString();
  }
}
