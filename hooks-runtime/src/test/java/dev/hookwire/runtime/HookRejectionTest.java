package dev.hookwire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

final class HookRejectionTest {

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", " ", "   ", "\t", "\n", " \t\r\n ", "\u2003"})
  void aBlankOrNullMessageIsRejected(String message) {
    assertThrows(IllegalArgumentException.class, () -> new HookRejection(message));
    assertThrows(
        IllegalArgumentException.class, () -> new HookRejection(message, new IOException("cause")));
  }

  @Test
  void theMessageIsKept() {
    HookRejection rejection = new HookRejection("Disposable email addresses are not allowed.");

    assertEquals("Disposable email addresses are not allowed.", rejection.getMessage());
    assertNull(rejection.getCause());
  }

  @Test
  void theMessageIsKeptVerbatimIncludingSurroundingWhitespace() {
    assertEquals(" No. ", new HookRejection(" No. ").getMessage());
  }

  @Test
  void theMessageAndCauseAreKept() {
    IOException cause = new IOException("quota service down");

    HookRejection rejection = new HookRejection("Try again later.", cause);

    assertEquals("Try again later.", rejection.getMessage());
    assertSame(cause, rejection.getCause());
  }

  @Test
  void aNullCauseIsAllowed() {
    assertNull(new HookRejection("No.", null).getCause());
  }

  @Test
  void itIsUncheckedSoAHookNeedNotDeclareIt() {
    assertInstanceOf(RuntimeException.class, new HookRejection("No."));
  }
}
