package dev.hookwire.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hookwire.bench.fixtures.HookSources;
import dev.hookwire.bench.fixtures.Javac;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each way the compile benchmark runs javac does what it says: the controls generate only their class. */
class JavacTest {
  @TempDir
  Path dir;

  @ParameterizedTest
  @EnumSource(Javac.Processing.class)
  void compilesWithWhatItSays(Javac.Processing processing) throws Exception {
    HookSources sources = new HookSources(HookSources.Shape.AUTH, 6);
    List<Path> files = sources.write(dir.resolve("src"), false);
    Path out = Files.createDirectories(dir.resolve("out"));

    new Javac().compile(files, out, processing);

    assertEquals(
        processing == Javac.Processing.HOOKWIRE,
        Files.exists(out.resolve(sources.wiringClass().replace('.', '/') + ".class")),
        "HookWiring");
    assertEquals(
        processing == Javac.Processing.CONTROL_GENERATING,
        Files.exists(out.resolve("hookwire/control/Generated.class")),
        "the control's class");
    try (Stream<Path> hooks = Files.list(out.resolve(sources.hooksPackage().replace('.', '/')))) {
      assertEquals(
          6,
          hooks.filter(p -> p.getFileName().toString().startsWith("Hook0")).count(),
          "every hook compiled");
    }
  }
}
