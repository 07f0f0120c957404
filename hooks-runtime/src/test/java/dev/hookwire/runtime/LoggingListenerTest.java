package dev.hookwire.runtime;

import static dev.hookwire.runtime.Sites.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hookwire.runtime.HookFailure.Consequence;
import dev.hookwire.runtime.internal.HookSite;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The default listener logs through {@link System.Logger} {@code dev.hookwire}, which the JDK
 * routes to java.util.logging; the records are captured there.
 */
final class LoggingListenerTest {

  static final class AfterUserCreate {}

  static final class BeforeUserCreate {}

  static final class TransformCustomUserData {}

  private JulCapture log;

  @BeforeEach
  void attach() {
    log = JulCapture.attach();
  }

  @AfterEach
  void detach() {
    log.detach();
  }

  @Test
  void theLoggingListenerIsASingleton() {
    assertSame(HookListener.logging(), HookListener.logging());
  }

  @Test
  void anAfterHookFailureIsLoggedAtErrorWithTheStackTrace() {
    IllegalStateException error = new IllegalStateException("smtp down");

    at(HookRuntime.defaults())
        .afterFailed(HookSite.of("after-user-create", AfterUserCreate.class), 0L, error);

    LogRecord record = log.single();
    assertEquals(Level.SEVERE, record.getLevel());
    assertEquals(JulCapture.LOGGER_NAME, record.getLoggerName());
    assertTrue(record.getMessage().contains("after-user-create"), record.getMessage());
    assertTrue(record.getMessage().contains(AfterUserCreate.class.getName()), record.getMessage());
    assertSame(error, record.getThrown());
  }

  @Test
  void anAbortByAnExceptionIsLoggedAtErrorWithTheStackTrace() {
    IllegalStateException error = new IllegalStateException("db down");

    at(HookRuntime.defaults())
        .aborted(
            HookSite.of("before-user-create", BeforeUserCreate.class), 0L, error, List.of(), 0);

    LogRecord record = log.single();
    assertEquals(Level.SEVERE, record.getLevel());
    assertTrue(record.getMessage().contains("before-user-create"), record.getMessage());
    assertTrue(record.getMessage().contains(BeforeUserCreate.class.getName()), record.getMessage());
    assertSame(error, record.getThrown());
  }

  @Test
  void aRejectionIsLoggedAtInfoWithoutAStackTrace() {
    HookRejection rejection = new HookRejection("Disposable email addresses are not allowed.");

    at(HookRuntime.defaults())
        .aborted(
            HookSite.of("before-user-create", BeforeUserCreate.class), 0L, rejection, List.of(), 0);

    LogRecord record = log.single();
    assertEquals(Level.INFO, record.getLevel());
    assertNull(record.getThrown());
    assertTrue(record.getMessage().contains("before-user-create"), record.getMessage());
    assertTrue(record.getMessage().contains(BeforeUserCreate.class.getName()), record.getMessage());
    assertTrue(
        record.getMessage().contains("Disposable email addresses are not allowed."),
        record.getMessage());
  }

  @Test
  void aTransformThatThrowsIsLoggedAtWarningWithTheStackTrace() {
    UnsupportedOperationException error = new UnsupportedOperationException("unmodifiable");

    at(HookRuntime.defaults())
        .transformFailed(
            HookSite.of("transform-custom-user-data", TransformCustomUserData.class), 0L, error);

    LogRecord record = log.single();
    assertEquals(Level.WARNING, record.getLevel());
    assertTrue(record.getMessage().contains("transform-custom-user-data"), record.getMessage());
    assertTrue(
        record.getMessage().contains(TransformCustomUserData.class.getName()), record.getMessage());
    assertSame(error, record.getThrown());
  }

  @Test
  void aTransformReturningNullIsLoggedAtWarning() {
    at(HookRuntime.defaults())
        .transformReturnedNull(
            HookSite.of("transform-custom-user-data", TransformCustomUserData.class), 0L);

    LogRecord record = log.single();
    assertEquals(Level.WARNING, record.getLevel());
    assertNull(record.getThrown());
    assertTrue(record.getMessage().contains("returned null"), record.getMessage());
    assertTrue(
        record.getMessage().contains(TransformCustomUserData.class.getName()), record.getMessage());
  }

  @Test
  void theLoggingListenerCanBeCalledDirectly() {
    IllegalStateException error = new IllegalStateException("x");

    HookListener.logging()
        .hookFailed(new HookFailure(
            "after-login",
            AfterUserCreate.class,
            Consequence.ISOLATED,
            "threw " + error,
            Optional.of(error),
            Optional.empty()));

    LogRecord record = log.single();
    assertEquals(Level.SEVERE, record.getLevel());
    assertSame(error, record.getThrown());
    assertTrue(record.getMessage().startsWith("after-login hook "), record.getMessage());
  }

  @Test
  void nothingIsLoggedBelowTheLoggersLevel() {
    log.logger().setLevel(Level.SEVERE);

    at(HookRuntime.defaults())
        .aborted(
            HookSite.of("before-user-create", BeforeUserCreate.class),
            0L,
            new HookRejection("No."),
            List.of(),
            0);
    at(HookRuntime.defaults())
        .transformReturnedNull(
            HookSite.of("transform-custom-user-data", TransformCustomUserData.class), 0L);

    assertTrue(log.records().isEmpty(), () -> "logged: " + log.records().size());
  }
}
