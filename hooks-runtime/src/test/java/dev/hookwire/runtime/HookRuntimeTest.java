package dev.hookwire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hookwire.runtime.HookFailure.Consequence;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

final class HookRuntimeTest {

  /** Stands for a hook class of the application. */
  static final class BeforeUserCreate {}

  static final class AfterUserCreate {}

  static final class TransformCustomUserData {}

  /** A VirtualMachineError the JDK does not know about. */
  static final class CustomVmError extends VirtualMachineError {
    private static final long serialVersionUID = 1L;

    CustomVmError() {
      super("custom vm error");
    }
  }

  private final List<HookFailure> reported = new CopyOnWriteArrayList<>();
  private final HookRuntime lenient = HookRuntime.builder().listener(reported::add).build();
  private final HookRuntime strict =
      HookRuntime.builder().listener(reported::add).strict(true).build();

  @AfterEach
  void clearInterruptFlag() {
    // A test that restores the interrupt status must not leak it into the next test.
    Thread.interrupted();
  }

  private HookFailure singleReported() {
    assertEquals(1, reported.size(), () -> "reported: " + reported);
    return reported.get(0);
  }

  // ---------------------------------------------------------------- aborted (before-hooks)

  @Test
  void abortedByARejectionCarriesTheUserMessage() {
    HookRejection rejection = new HookRejection("Disposable email addresses are not allowed.");

    RuntimeException thrown = lenient.aborted("before-user-create", BeforeUserCreate.class, 0L, rejection);

    HookAbortedException e = assertInstanceOf(HookAbortedException.class, thrown);
    assertEquals("before-user-create", e.event());
    assertEquals(BeforeUserCreate.class.getName(), e.hook());
    assertSame(rejection, e.getCause());
    assertTrue(e.isRejection());
    assertEquals(Optional.of("Disposable email addresses are not allowed."), e.userMessage());
    assertTrue(e.getMessage().contains("before-user-create"), e.getMessage());
    assertTrue(e.getMessage().contains(BeforeUserCreate.class.getName()), e.getMessage());
  }

  @Test
  void abortedByARejectionWithACauseStillCarriesTheRejectionMessage() {
    HookRejection rejection = new HookRejection("Try again later.", new IOException("quota db down"));

    HookAbortedException e =
        assertInstanceOf(
            HookAbortedException.class,
            lenient.aborted("before-user-create", BeforeUserCreate.class, 0L, rejection));

    assertTrue(e.isRejection());
    assertEquals(Optional.of("Try again later."), e.userMessage());
  }

  @Test
  void abortedByAnyOtherExceptionHasNoUserMessage() {
    IllegalStateException bug = new IllegalStateException("jdbc:postgresql://10.0.0.5 password=hunter2");

    HookAbortedException e =
        assertInstanceOf(
            HookAbortedException.class,
            lenient.aborted("before-user-create", BeforeUserCreate.class, 0L, bug));

    assertEquals("before-user-create", e.event());
    assertEquals(BeforeUserCreate.class.getName(), e.hook());
    assertSame(bug, e.getCause());
    assertFalse(e.isRejection());
    assertEquals(Optional.empty(), e.userMessage());
  }

  @Test
  void abortedByACheckedExceptionIsWrappedLikeAnyOther() {
    IOException io = new IOException("disk full");

    HookAbortedException e =
        assertInstanceOf(
            HookAbortedException.class,
            lenient.aborted("before-user-create", BeforeUserCreate.class, 0L, io));

    assertSame(io, e.getCause());
    assertFalse(e.isRejection());
    assertEquals(Optional.empty(), e.userMessage());
  }

  @Test
  void abortedReportsAnAbortedFailure() {
    IllegalStateException bug = new IllegalStateException("boom");

    lenient.aborted("before-user-create", BeforeUserCreate.class, 0L, bug);

    HookFailure failure = singleReported();
    assertEquals("before-user-create", failure.event());
    assertSame(BeforeUserCreate.class, failure.hook());
    assertEquals(Consequence.ABORTED, failure.consequence());
    assertSame(bug, failure.error());
    assertEquals(Optional.of(bug), failure.exception());
    assertFalse(failure.isRejection());
  }

  @Test
  void abortedReportsARejectionAsSuch() {
    HookRejection rejection = new HookRejection("No.");

    lenient.aborted("before-login", BeforeUserCreate.class, 0L, rejection);

    HookFailure failure = singleReported();
    assertEquals(Consequence.ABORTED, failure.consequence());
    assertSame(rejection, failure.error());
    assertTrue(failure.isRejection());
    assertTrue(failure.describe().startsWith("before-login hook " + BeforeUserCreate.class.getName()));
  }

  @Test
  void abortedBehavesTheSameInStrictMode() {
    HookRejection rejection = new HookRejection("No.");

    RuntimeException thrown = strict.aborted("before-user-create", BeforeUserCreate.class, 0L, rejection);

    HookAbortedException e = assertInstanceOf(HookAbortedException.class, thrown);
    assertEquals(Optional.of("No."), e.userMessage());
    assertEquals(Consequence.ABORTED, singleReported().consequence());
  }

  @Test
  void abortedRejectsANullError() {
    assertThrows(
        NullPointerException.class, () -> lenient.aborted("before-user-create", BeforeUserCreate.class, 0L, null));
  }

  // ---------------------------------------------------------------- afterFailed (after-hooks)

  @Test
  void afterFailedReportsIsolatedAndReturnsNormally() {
    IllegalStateException bug = new IllegalStateException("smtp down");

    lenient.afterFailed("after-user-create", AfterUserCreate.class, 0L, bug);

    HookFailure failure = singleReported();
    assertEquals("after-user-create", failure.event());
    assertSame(AfterUserCreate.class, failure.hook());
    assertEquals(Consequence.ISOLATED, failure.consequence());
    assertSame(bug, failure.error());
    assertFalse(failure.isRejection());
  }

  @Test
  void afterFailedWithACheckedExceptionReturnsNormally() {
    java.sql.SQLException sql = new java.sql.SQLException("constraint violated");

    lenient.afterFailed("after-user-create", AfterUserCreate.class, 0L, sql);

    assertSame(sql, singleReported().error());
  }

  @Test
  void afterFailedInStrictModeThrowsAfterReporting() {
    IllegalStateException bug = new IllegalStateException("smtp down");

    HookAbortedException e =
        assertThrows(
            HookAbortedException.class,
            () -> strict.afterFailed("after-user-create", AfterUserCreate.class, 0L, bug));

    assertEquals("after-user-create", e.event());
    assertEquals(AfterUserCreate.class.getName(), e.hook());
    assertSame(bug, e.getCause());
    assertFalse(e.isRejection());
    assertEquals(Optional.empty(), e.userMessage());
    assertEquals(Consequence.ISOLATED, singleReported().consequence());
  }

  // ---------------------------------------------------------------- transforms

  @Test
  void transformFailedReportsInputKeptAndReturnsNormally() {
    UnsupportedOperationException mutation = new UnsupportedOperationException();

    lenient.transformFailed("transform-custom-user-data", TransformCustomUserData.class, 0L, mutation);

    HookFailure failure = singleReported();
    assertEquals("transform-custom-user-data", failure.event());
    assertSame(TransformCustomUserData.class, failure.hook());
    assertEquals(Consequence.INPUT_KEPT, failure.consequence());
    assertSame(mutation, failure.error());
  }

  @Test
  void transformFailedInStrictModeThrows() {
    UnsupportedOperationException mutation = new UnsupportedOperationException();

    HookAbortedException e =
        assertThrows(
            HookAbortedException.class,
            () -> strict.transformFailed("transform-custom-user-data", TransformCustomUserData.class, 0L, mutation));

    assertEquals("transform-custom-user-data", e.event());
    assertEquals(TransformCustomUserData.class.getName(), e.hook());
    assertSame(mutation, e.getCause());
    assertEquals(Consequence.INPUT_KEPT, singleReported().consequence());
  }

  @Test
  void transformReturnedNullReportsInputKeptWithoutAnException() {
    lenient.transformReturnedNull("transform-custom-user-data", TransformCustomUserData.class, 0L);

    HookFailure failure = singleReported();
    assertEquals("transform-custom-user-data", failure.event());
    assertSame(TransformCustomUserData.class, failure.hook());
    assertEquals(Consequence.INPUT_KEPT, failure.consequence());
    assertNull(failure.error());
    assertEquals(Optional.empty(), failure.exception());
    assertFalse(failure.isRejection());
    assertTrue(failure.reason().contains("null"), failure.reason());
  }

  @Test
  void transformReturnedNullInStrictModeThrows() {
    HookAbortedException e =
        assertThrows(
            HookAbortedException.class,
            () -> strict.transformReturnedNull("transform-custom-user-data", TransformCustomUserData.class, 0L));

    assertEquals("transform-custom-user-data", e.event());
    assertEquals(TransformCustomUserData.class.getName(), e.hook());
    NullPointerException cause = assertInstanceOf(NullPointerException.class, e.getCause());
    assertTrue(cause.getMessage().contains(TransformCustomUserData.class.getName()), cause.getMessage());
    assertFalse(e.isRejection());
    assertEquals(Optional.empty(), e.userMessage());
    assertEquals(Consequence.INPUT_KEPT, singleReported().consequence());
  }

  // ---------------------------------------------------------------- fatal errors

  static Stream<VirtualMachineError> fatalErrors() {
    return Stream.of(
        new StackOverflowError(),
        new OutOfMemoryError("Java heap space"),
        new InternalError("jvm bug"),
        new CustomVmError());
  }

  @ParameterizedTest
  @MethodSource("fatalErrors")
  void abortedRethrowsAVirtualMachineErrorUnchangedAndDoesNotReportIt(VirtualMachineError error) {
    VirtualMachineError thrown =
        assertThrows(
            VirtualMachineError.class,
            () -> lenient.aborted("before-user-create", BeforeUserCreate.class, 0L, error));

    assertSame(error, thrown);
    assertTrue(reported.isEmpty(), () -> "reported: " + reported);
  }

  @ParameterizedTest
  @MethodSource("fatalErrors")
  void afterFailedRethrowsAVirtualMachineErrorUnchangedAndDoesNotReportIt(VirtualMachineError error) {
    for (HookRuntime runtime : List.of(lenient, strict)) {
      VirtualMachineError thrown =
          assertThrows(
              VirtualMachineError.class,
              () -> runtime.afterFailed("after-user-create", AfterUserCreate.class, 0L, error));

      assertSame(error, thrown);
    }
    assertTrue(reported.isEmpty(), () -> "reported: " + reported);
  }

  @ParameterizedTest
  @MethodSource("fatalErrors")
  void transformFailedRethrowsAVirtualMachineErrorUnchangedAndDoesNotReportIt(
      VirtualMachineError error) {
    for (HookRuntime runtime : List.of(lenient, strict)) {
      VirtualMachineError thrown =
          assertThrows(
              VirtualMachineError.class,
              () -> runtime.transformFailed("transform-custom-user-data", TransformCustomUserData.class, 0L, error));

      assertSame(error, thrown);
    }
    assertTrue(reported.isEmpty(), () -> "reported: " + reported);
  }

  @Test
  void aNonFatalErrorIsNotRethrownButHandledLikeAnException() {
    AssertionError notFatal = new AssertionError("a hook's assert");

    lenient.afterFailed("after-user-create", AfterUserCreate.class, 0L, notFatal);
    HookAbortedException e =
        assertInstanceOf(
            HookAbortedException.class,
            lenient.aborted("before-user-create", BeforeUserCreate.class, 0L, notFatal));

    assertSame(notFatal, e.getCause());
    assertEquals(2, reported.size());
  }

  // ---------------------------------------------------------------- interruption

  @Test
  void abortedRestoresTheInterruptStatus() {
    assertFalse(Thread.currentThread().isInterrupted());

    RuntimeException e =
        lenient.aborted("before-user-create", BeforeUserCreate.class, 0L, new InterruptedException());

    assertTrue(Thread.currentThread().isInterrupted());
    assertInstanceOf(InterruptedException.class, e.getCause());
    assertEquals(Consequence.ABORTED, singleReported().consequence());
  }

  @Test
  void afterFailedRestoresTheInterruptStatus() {
    lenient.afterFailed("after-user-create", AfterUserCreate.class, 0L, new InterruptedException());

    assertTrue(Thread.currentThread().isInterrupted());
    assertEquals(Consequence.ISOLATED, singleReported().consequence());
  }

  @Test
  void afterFailedInStrictModeRestoresTheInterruptStatusBeforeThrowing() {
    assertThrows(
        HookAbortedException.class,
        () -> strict.afterFailed("after-user-create", AfterUserCreate.class, 0L, new InterruptedException()));

    assertTrue(Thread.currentThread().isInterrupted());
  }

  @Test
  void transformFailedRestoresTheInterruptStatus() {
    lenient.transformFailed(
        "transform-custom-user-data", TransformCustomUserData.class, 0L, new InterruptedException());

    assertTrue(Thread.currentThread().isInterrupted());
    assertEquals(Consequence.INPUT_KEPT, singleReported().consequence());
  }

  @Test
  void otherExceptionsLeaveTheInterruptStatusAlone() {
    lenient.afterFailed("after-user-create", AfterUserCreate.class, 0L, new IllegalStateException());
    lenient.aborted("before-user-create", BeforeUserCreate.class, 0L, new IOException());
    lenient.transformFailed("transform-custom-user-data", TransformCustomUserData.class, 0L, new RuntimeException());
    lenient.transformReturnedNull("transform-custom-user-data", TransformCustomUserData.class, 0L);

    assertFalse(Thread.currentThread().isInterrupted());
  }

  // ---------------------------------------------------------------- a listener that throws

  @Test
  void aThrowingListenerDoesNotChangeTheOutcomeAndIsLogged() {
    HookRuntime runtime =
        HookRuntime.builder()
            .listener(
                failure -> {
                  throw new IllegalStateException("listener bug");
                })
            .build();
    IllegalStateException hookError = new IllegalStateException("smtp down");
    JulCapture log = JulCapture.attach();
    try {
      runtime.afterFailed("after-user-create", AfterUserCreate.class, 0L, hookError);

      LogRecord record = log.single();
      assertEquals(Level.SEVERE, record.getLevel());
      assertEquals("listener bug", record.getThrown().getMessage());
      // the hook's failure is not lost: it is described in the same record
      assertTrue(record.getMessage().contains("after-user-create"), record.getMessage());
      assertTrue(record.getMessage().contains(AfterUserCreate.class.getName()), record.getMessage());
      assertTrue(record.getMessage().contains("smtp down"), record.getMessage());
    } finally {
      log.detach();
    }
  }

  @Test
  void aThrowingListenerDoesNotChangeWhatTheOtherMethodsDo() {
    IllegalStateException hookError = new IllegalStateException("boom");
    HookListener broken =
        failure -> {
          throw new UnsupportedOperationException("listener bug");
        };
    HookRuntime runtime = HookRuntime.builder().listener(broken).build();
    HookRuntime strictRuntime = HookRuntime.builder().listener(broken).strict(true).build();
    JulCapture log = JulCapture.attach();
    try {
      HookAbortedException aborted =
          assertInstanceOf(
              HookAbortedException.class,
              runtime.aborted("before-user-create", BeforeUserCreate.class, 0L, hookError));
      assertSame(hookError, aborted.getCause());

      runtime.transformFailed("transform-custom-user-data", TransformCustomUserData.class, 0L, hookError);
      runtime.transformReturnedNull("transform-custom-user-data", TransformCustomUserData.class, 0L);

      HookAbortedException strictAbort =
          assertThrows(
              HookAbortedException.class,
              () -> strictRuntime.afterFailed("after-user-create", AfterUserCreate.class, 0L, hookError));
      assertSame(hookError, strictAbort.getCause());

      assertEquals(4, log.records().size());
    } finally {
      log.detach();
    }
  }

  // ---------------------------------------------------------------- configuration

  @Test
  void defaultsAreNotStrict() {
    assertFalse(HookRuntime.defaults().isStrict());
    assertFalse(HookRuntime.builder().build().isStrict());
  }

  @Test
  void strictIsConfigurable() {
    assertTrue(HookRuntime.builder().strict(true).build().isStrict());
    assertFalse(HookRuntime.builder().strict(true).strict(false).build().isStrict());
  }

  @Test
  void defaultsAfterFailedReturnsNormally() {
    JulCapture log = JulCapture.attach();
    try {
      HookRuntime.defaults()
          .afterFailed("after-user-create", AfterUserCreate.class, 0L, new IllegalStateException("x"));
      assertEquals(1, log.records().size()); // the default listener logs
    } finally {
      log.detach();
    }
  }

  @Test
  void builderRejectsANullListener() {
    HookRuntime.Builder builder = HookRuntime.builder();

    NullPointerException e = assertThrows(NullPointerException.class, () -> builder.listener(null));
    assertEquals("listener", e.getMessage());
  }

  @Test
  void theNoneListenerIgnoresEverything() {
    HookRuntime quiet = HookRuntime.builder().listener(HookListener.none()).build();
    JulCapture log = JulCapture.attach();
    try {
      quiet.afterFailed("after-user-create", AfterUserCreate.class, 0L, new IllegalStateException("x"));
      assertTrue(log.records().isEmpty());
    } finally {
      log.detach();
    }
  }

  // ---------------------------------------------------------------- found by review

  @Test
  void aListenerThrowingAnErrorOrACheckedExceptionNeverEscapes() {
    HookRuntime withErrorListener =
        HookRuntime.builder().listener(f -> { throw new AssertionError("listener"); }).build();
    RuntimeException hookError = new IllegalStateException("hook");
    withErrorListener.afterFailed("after-user-create", AfterUserCreate.class, 0L, hookError);
    RuntimeException aborted = withErrorListener.aborted("before-user-create", BeforeUserCreate.class, 0L, hookError);
    assertInstanceOf(HookAbortedException.class, aborted);
    assertSame(hookError, aborted.getCause());

    HookRuntime withCheckedListener = HookRuntime.builder().listener(f -> sneakyThrow(new IOException("disk"))).build();
    withCheckedListener.transformFailed("transform-custom-user-data", TransformCustomUserData.class, 0L, hookError);
  }

  @Test
  void anAfterHooksRejectionIsAnOrdinaryFailureAndNeverUserFacing() {
    HookRejection rejection = new HookRejection("nope");
    lenient.afterFailed("after-user-create", AfterUserCreate.class, 0L, rejection);
    assertFalse(singleReported().isRejection());

    HookAbortedException strictFailure =
        assertThrows(HookAbortedException.class, () -> strict.afterFailed("after-user-create", AfterUserCreate.class, 0L, rejection));
    assertFalse(strictFailure.isRejection());
    assertEquals(Optional.empty(), strictFailure.userMessage());
  }

  @Test
  void theUserMessageIsTheOneTheRejectionWasMadeWith() {
    HookRejection overriding =
        new HookRejection("Sign-ups are closed.") {
          private static final long serialVersionUID = 1L;

          @Override
          public String getMessage() {
            return null;
          }
        };
    HookAbortedException aborted =
        (HookAbortedException) lenient.aborted("before-user-create", BeforeUserCreate.class, 0L, overriding);
    assertEquals(Optional.of("Sign-ups are closed."), aborted.userMessage());
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> void sneakyThrow(Throwable t) throws T {
    throw (T) t;
  }
}
