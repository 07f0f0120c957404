package dev.hookwire.processor;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The golden-file switch: comparing by default, rewriting with -Dhookwire.updateGoldens=true. */
class GoldensTest {
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final PrintStream log = new PrintStream(printed, true, StandardCharsets.UTF_8);

  @Test
  void comparingPassesOnTheSameTextAndFailsOnAnother(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("com/acme"));
    Files.writeString(dir.resolve("com/acme/A.java"), "class A {}\n");
    Goldens goldens = new Goldens(dir, false, log);

    goldens.check("com/acme/A.java", "class A {}\n");
    AssertionError e =
        assertThrows(AssertionError.class, () -> goldens.check("com/acme/A.java", "class A { }\n"));
    assertThat(e).hasMessageThat().contains("-Dhookwire.updateGoldens=true");
    assertThat(Files.readString(dir.resolve("com/acme/A.java"))).isEqualTo("class A {}\n");
    assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void comparingWithAMissingFileFailsAndSaysHowToWriteIt(@TempDir Path dir) {
    Goldens goldens = new Goldens(dir, false, log);
    UncheckedIOException e =
        assertThrows(UncheckedIOException.class, () -> goldens.check("B.json", "{}"));
    assertThat(e).hasMessageThat().contains("-Dhookwire.updateGoldens=true");
  }

  @Test
  void updatingRewritesOnlyTheFilesThatChangeAndSaysWhich(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("Same.java"), "same\n");
    Files.writeString(dir.resolve("Changed.java"), "old\n");
    Goldens goldens = new Goldens(dir, true, log);

    goldens.check("Same.java", "same\n");
    goldens.check("Changed.java", "new\n");
    goldens.check("sub/New.json", "{}\n");

    assertThat(Files.readString(dir.resolve("Same.java"))).isEqualTo("same\n");
    assertThat(Files.readString(dir.resolve("Changed.java"))).isEqualTo("new\n");
    assertThat(Files.readString(dir.resolve("sub/New.json"))).isEqualTo("{}\n");
    assertThat(printed.toString(StandardCharsets.UTF_8).lines().toList())
        .containsExactly(
            "Rewrote golden file " + dir.resolve("Changed.java"),
            "Rewrote golden file " + dir.resolve("sub/New.json"))
        .inOrder();
  }

  @Test
  void updatingFailsWhenTwoCompilersDisagreeInOneRun(@TempDir Path dir) throws IOException {
    Goldens goldens = new Goldens(dir, true, log);
    goldens.check("A.java", "from javac\n");
    goldens.check("A.java", "from javac\n");
    AssertionError e =
        assertThrows(AssertionError.class, () -> goldens.check("A.java", "from ecj\n"));
    assertThat(e).hasMessageThat().contains("differs from the one it was just rewritten from");
    assertThat(Files.readString(dir.resolve("A.java"))).isEqualTo("from javac\n");
  }

  @Test
  void theProjectsGoldensAreInTheSourceFolderAndSurefirePassesTheSwitch() {
    assertThat(Goldens.project().root().toString())
        .isEqualTo(Path.of("src/test/resources/expected").toString());
    assertThat(
            Files.isRegularFile(Goldens.project().root().resolve("com/acme/hooks/HookWiring.java")))
        .isTrue();
    // Set by the pom's systemPropertyVariables, from -Dhookwire.updateGoldens (false by default).
    assertThat(System.getProperty(Goldens.UPDATE_PROPERTY)).isAnyOf("true", "false");
  }
}
