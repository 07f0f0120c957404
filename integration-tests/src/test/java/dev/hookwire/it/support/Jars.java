package dev.hookwire.it.support;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Where the build put Hookwire's artifacts and the tools the build-path tests use, found from the
 * classes on this test's class path. Under {@code mvn verify} the reactor hands this module the
 * packaged jars ({@code hooks-runtime/target/hooks-runtime-*.jar}...); under {@code mvn test} it
 * hands the {@code target/classes} directories. Either works on a class path or a processor path.
 */
public final class Jars {
  private Jars() {}

  public static Path annotations() {
    return locationOf("dev.hookwire.annotations.HookPackage");
  }

  public static Path runtime() {
    return locationOf("dev.hookwire.runtime.HookRuntime");
  }

  public static Path processor() {
    return locationOf("dev.hookwire.processor.HookProcessor");
  }

  /** The processor's only run-time dependency. */
  public static Path javapoet() {
    return locationOf("com.palantir.javapoet.JavaFile");
  }

  public static Path ecj() {
    return locationOf("org.eclipse.jdt.internal.compiler.batch.Main");
  }

  public static Path h2() {
    return locationOf("org.h2.Driver");
  }

  /** What {@code -processorpath} needs: the processor and JavaPoet. */
  public static String processorPath() {
    return path(processor(), javapoet());
  }

  /** What a hooks package compiles against: the annotations and the runtime. */
  public static String libraryPath() {
    return path(annotations(), runtime());
  }

  public static String path(Path... entries) {
    return Arrays.stream(entries)
        .map(Path::toString)
        .collect(Collectors.joining(File.pathSeparator));
  }

  public static String path(List<Path> entries) {
    return path(entries.toArray(Path[]::new));
  }

  /** Whether {@code location} is a jar (the packaged artifact) rather than a class directory. */
  public static boolean isJar(Path location) {
    return Files.isRegularFile(location) && location.getFileName().toString().endsWith(".jar");
  }

  /** The jar or directory {@code className} was loaded from. */
  public static Path locationOf(String className) {
    try {
      Class<?> type = Class.forName(className, false, Jars.class.getClassLoader());
      CodeSource source = type.getProtectionDomain().getCodeSource();
      if (source == null) {
        throw new IllegalStateException(className + " has no code source");
      }
      return Path.of(source.getLocation().toURI());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(
          className + " is not on the test class path; check integration-tests/pom.xml", e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The {@code java} or {@code javac} launcher of the JDK running this test. */
  public static Path jdkTool(String name) {
    Path bin = Path.of(System.getProperty("java.home"), "bin");
    Path tool = bin.resolve(name);
    if (!Files.isExecutable(tool)) {
      tool = bin.resolve(name + ".exe");
    }
    if (!Files.isExecutable(tool)) {
      throw new IllegalStateException(
          "No " + name + " in " + bin + ": the tests need a JDK, not a JRE");
    }
    return tool;
  }
}
