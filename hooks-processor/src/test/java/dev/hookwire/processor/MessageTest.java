package dev.hookwire.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

/** The message catalog: ids are unique, kebab-case, printed, and documented in docs/messages.md. */
class MessageTest {
  @Test
  void everyIdIsUniqueAndKebabCase() {
    Set<String> ids = new HashSet<>();
    for (Message message : Message.values()) {
      assertWithMessage("id of %s", message).that(Names.isKebab(message.id())).isTrue();
      assertWithMessage("id of %s", message).that(ids.add(message.id())).isTrue();
    }
  }

  @Test
  void theIdEndsEveryMessage() {
    assertThat(Message.HOOK_NOT_PUBLIC.format("AfterLogin"))
        .isEqualTo(
            "Hook class AfterLogin must be public. Add the public modifier. [hookwire:hook-not-public]");
    assertThat(Message.HOOK_NOT_PUBLIC.with("AfterLogin").message().kind())
        .isEqualTo(Diagnostic.Kind.ERROR);
    assertThat(Message.INLINE_WITHOUT_EFFECT.kind()).isEqualTo(Diagnostic.Kind.WARNING);
  }

  @Test
  void everyIdIsDocumented() throws IOException {
    String docs = Files.readString(Path.of("../docs/messages.md"), StandardCharsets.UTF_8);
    for (Message message : Message.values()) {
      assertWithMessage("docs/messages.md lists %s", message.id())
          .that(docs)
          .contains("| `" + message.id() + "` |");
    }
  }
}
