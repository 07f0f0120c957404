package dev.hookwire.runtime;

import static dev.hookwire.runtime.Sites.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hookwire.runtime.HookFailure.Consequence;
import dev.hookwire.runtime.internal.HookSite;
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
  private final HookRuntime lenient =
      HookRuntime.builder().listener(reported::add).build();
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

    RuntimeException thrown = at(lenient)
        .aborted(
            HookSite.of("before-user-create", BeforeUserCreate.class), 0L, rejection, List.of(), 0);

    HookAbortedException e = assertInstanceOf(HookAbortedException.class, thrown);
    assertEquals("before-user-create", e.event());
    assertEquals(BeforeUserCreate.class, e.hook());
    assertSame(rejection, e.getCause());
    assertTrue(e.isRejection());
    assertEquals(Optional.of("Disposable email addresses are not allowed."), e.userMessage());
    assertTrue(e.getMessage().contains("before-user-create"), e.getMessage());
    assertTrue(e.getMessage().contains(BeforeUserCreate.class.getName()), e.getMessage());
  }

  @Test
  void abortedByARejectionWithACauseStillCarriesTheRejectionMessage() {
    HookRejection rejection =
        new HookRejection("Try again later.", new IOException("quota db down"));

    HookAbortedException e = assertInstanceOf(
        HookAbortedException.class,
        at(lenient)
            .aborted(
                HookSite.of("before-user-create", BeforeUserCreate.class),
                0L,
                rejection,
                List.of(),
                0));

    assertTrue(e.isRejection());
    assertEquals(Optional.of("Try again later."), e.userMessage());
  }

  @Test
  void abortedByAnyOtherExceptionHasNoUserMessage() {
    IllegalStateException bug =
        new IllegalStateException("jdbc:postgresql://10.0.0.5 password=hunter2");

    HookAbortedException e = assertInstanceOf(
        HookAbortedException.class,
        at(lenient)
            .aborted(
                HookSite.of("before-user-create", BeforeUserCreate.class), 0L, bug, List.of(), 0));

    assertEquals("before-user-create", e.event());
    assertEquals(BeforeUserCreate.class, e.hook());
    assertSame(bug, e.getCause());
    assertFalse(e.isRejection());
    assertEquals(Optional.empty(), e.userMessage());
  }

  @Test
  void abortedByACheckedExceptionIsWrappedLikeAnyOther() {
    IOException io = new IOException("disk full");

    HookAbortedException e = assertInstanceOf(
        HookAbortedException.class,
        at(lenient)
            .aborted(
                HookSite.of("before-user-create", BeforeUserCreate.class), 0L, io, List.of(), 0));

    assertSame(io, e.getCause());
    assertFalse(e.isRejection());
    assertEquals(Optional.empty(), e.userMessage());
  }

  @Test
  void abortedReportsAnAbortedFailure() {
    IllegalStateException bug = new IllegalStateException("boom");

    at(lenient)
        .aborted(HookSite.of("before-user-create", BeforeUserCreate.class), 0L, bug, List.of(), 0);

    HookFailure failure = singleReported();
    assertEquals("before-user-create", failure.event());
    assertSame(BeforeUserCreate.class, failure.hook());
    assertEquals(Consequence.ABORTED, failure.consequence());
    assertSame(bug, failure.exception().orElseThrow());
    assertEquals(Optional.of(bug), failure.exception());
    assertFalse(failure.isRejection());
  }

  @Test
  void abortedReportsARejectionAsSuch() {
    HookRejection rejection = new HookRejection("No.");

    at(lenient)
        .aborted(HookSite.of("before-login", BeforeUserCreate.class), 0L, rejection, List.of(), 0);

    HookFailure failure = singleReported();
    assertEquals(Consequence.ABORTED, failure.consequence());
    assertSame(rejection, failure.exception().orElseThrow());
    assertTrue(failure.isRejection());
    assertTrue(
        failure.describe().startsWith("before-login hook " + BeforeUserCreate.class.getName()));
  }

  @Test
  void abortedBehavesTheSameInStrictMode() {
    HookRejection rejection = new HookRejection("No.");

    RuntimeException thrown = at(strict)
        .aborted(
            HookSite.of("before-user-create", BeforeUserCreate.class), 0L, rejection, List.of(), 0);

    HookAbortedException e = assertInstanceOf(HookAbortedException.class, thrown);
    assertEquals(Optional.of("No."), e.userMessage());
    assertEquals(Consequence.ABORTED, singleReported().consequence());
  }

  @Test
  void abortedRejectsANullError() {
    assertThrows(
        NullPointerException.class,
        () -> at(lenient)
            .aborted(
                HookSite.of("before-user-create", BeforeUserCreate.class), 0L, null, List.of(), 0));
  }

  // ---------------------------------------------------------------- afterFailed (after-hooks)

  @Test
  void afterFailedReportsIsolatedAndReturnsNormally() {
    IllegalStateException bug = new IllegalStateException("smtp down");

    at(lenient).afterFailed(HookSite.of("after-user-create", AfterUserCreate.class), 0L, bug);

    HookFailure failure = singleReported();
    assertEquals("after-user-create", failure.event());
    assertSame(AfterUserCreate.class, failure.hook());
    assertEquals(Consequence.ISOLATED, failure.consequence());
    assertSame(bug, failure.exception().orElseThrow());
    assertFalse(failure.isRejection());
  }

  @Test
  void afterFailedWithACheckedExceptionReturnsNormally() {
    java.sql.SQLException sql = new java.sql.SQLException("constraint violated");

    at(lenient).afterFailed(HookSite.of("after-user-create", AfterUserCreate.class), 0L, sql);

    assertSame(sql, singleReported().exception().orElseThrow());
  }

  @Test
  void afterFailedInStrictModeThrowsAfterReporting() {
    IllegalStateException bug = new IllegalStateException("smtp down");

    HookAbortedException e = assertThrows(
        HookAbortedException.class,
        () -> at(strict)
            .afterFailed(HookSite.of("after-user-create", AfterUserCreate.class), 0L, bug));

    assertEquals("after-user-create", e.event());
    assertEquals(AfterUserCreate.class, e.hook());
    assertSame(bug, e.getCause());
    assertFalse(e.isRejection());
    assertEquals(Optional.empty(), e.userMessage());
    assertEquals(Consequence.ISOLATED, singleReported().consequence());
  }

  // ---------------------------------------------------------------- transforms

  @Test
  void transformFailedReportsInputKeptAndReturnsNormally() {
    UnsupportedOperationException mutation = new UnsupportedOperationException();

    at(lenient)
        .transformFailed(
            HookSite.of("transform-custom-user-data", TransformCustomUserData.class), 0L, mutation);

    HookFailure failure = singleReported();
    assertEquals("transform-custom-user-data", failure.event());
    assertSame(TransformCustomUserData.class, failure.hook());
    assertEquals(Consequence.INPUT_KEPT, failure.consequence());
    assertSame(mutation, failure.exception().orElseThrow());
  }

  @Test
  void transformFailedInStrictModeThrows() {
    UnsupportedOperationException mutation = new UnsupportedOperationException();

    HookAbortedException e = assertThrows(
        HookAbortedException.class,
        () -> at(strict)
            .transformFailed(
                HookSite.of("transform-custom-user-data", TransformCustomUserData.class),
                0L,
                mutation));

    assertEquals("transform-custom-user-data", e.event());
    assertEquals(TransformCustomUserData.class, e.hook());
    assertSame(mutation, e.getCause());
    assertEquals(Consequence.INPUT_KEPT, singleReported().consequence());
  }

  @Test
  void transformReturnedNullReportsInputKeptWithoutAnException() {
    at(lenient)
        .transformReturnedNull(
            HookSite.of("transform-custom-user-data", TransformCustomUserData.class), 0L);

    HookFailure failure = singleReported();
    assertEquals("transform-custom-user-data", failure.event());
    assertSame(TransformCustomUserData.class, failure.hook());
    assertEquals(Consequence.INPUT_KEPT, failure.consequence());
    assertTrue(failure.exception().isEmpty());
    assertEquals(Optional.empty(), failure.exception());
    assertFalse(failure.isRejection());
    assertTrue(failure.reason().contains("null"), failure.reason());
  }

  @Test
  void transformReturnedNullInStrictModeThrows() {
    HookAbortedException e = assertThrows(
        HookAbortedException.class,
        () -> at(strict)
            .transformReturnedNull(
                HookSite.of("transform-custom-user-data", TransformCustomUserData.class), 0L));

    assertEquals("transform-custom-user-data", e.event());
    assertEquals(TransformCustomUserData.class, e.hook());
    NullPointerException cause = assertInstanceOf(NullPointerException.class, e.getCause());
    assertTrue(
        cause.getMessage().contains(TransformCustomUserData.class.getName()), cause.getMessage());
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
    VirtualMachineError thrown = assertThrows(
        VirtualMachineError.class,
        () -> at(lenient)
            .aborted(
                HookSite.of("before-user-create", BeforeUserCreate.class),
                0L,
                error,
                List.of(),
                0));

    assertSame(error, thrown);
    assertTrue(reported.isEmpty(), () -> "reported: " + reported);
  }

  @ParameterizedTest
  @MethodSource("fatalErrors")
  void afterFailedRethrowsAVirtualMachineErrorUnchangedAndDoesNotReportIt(
      VirtualMachineError error) {
    for (HookRuntime runtime : List.of(lenient, strict)) {
      VirtualMachineError thrown = assertThrows(
          VirtualMachineError.class,
          () -> at(runtime)
              .afterFailed(HookSite.of("after-user-create", AfterUserCreate.class), 0L, error));

      assertSame(error, thrown);
    }
    assertTrue(reported.isEmpty(), () -> "reported: " + reported);
  }

  @ParameterizedTest
  @MethodSource("fatalErrors")
  void transformFailedRethrowsAVirtualMachineErrorUnchangedAndDoesNotReportIt(
      VirtualMachineError error) {
    for (HookRuntime runtime : List.of(lenient, strict)) {
      VirtualMachineError thrown = assertThrows(
          VirtualMachineError.class,
          () -> at(runtime)
              .transformFailed(
                  HookSite.of("transform-custom-user-data", TransformCustomUserData.class),
                  0L,
                  error));

      assertSame(error, thrown);
    }
    assertTrue(reported.isEmpty(), () -> "reported: " + reported);
  }

  @Test
  void aNonFatalErrorIsNotRethrownButHandledLikeAnException() {
    AssertionError notFatal = new AssertionError("a hook's assert");

    at(lenient).afterFailed(HookSite.of("after-user-create", AfterUserCreate.class), 0L, notFatal);
    HookAbortedException e = assertInstanceOf(
        HookAbortedException.class,
        at(lenient)
            .aborted(
                HookSite.of("before-user-create", BeforeUserCreate.class),
                0L,
                notFatal,
                List.of(),
                0));

    assertSame(notFatal, e.getCause());
    assertEquals(2, reported.size());
  }

  // ---------------------------------------------------------------- interruption

  @Test
  void abortedRestoresTheInterruptStatus() {
    assertFalse(Thread.currentThread().isInterrupted());

    RuntimeException e = at(lenient)
        .aborted(
            HookSite.of("before-user-create", BeforeUserCreate.class),
            0L,
            new InterruptedException(),
            List.of(),
            0);

    assertTrue(Thread.currentThread().isInterrupted());
    assertInstanceOf(InterruptedException.class, e.getCause());
    assertEquals(Consequence.ABORTED, singleReported().consequence());
  }

  @Test
  void afterFailedRestoresTheInterruptStatus() {
    at(lenient)
        .afterFailed(
            HookSite.of("after-user-create", AfterUserCreate.class),
            0L,
            new InterruptedException());

    assertTrue(Thread.currentThread().isInterrupted());
    assertEquals(Consequence.ISOLATED, singleReported().consequence());
  }

  @Test
  void afterFailedInStrictModeRestoresTheInterruptStatusBeforeThrowing() {
    assertThrows(
        HookAbortedException.class,
        () -> at(strict)
            .afterFailed(
                HookSite.of("after-user-create", AfterUserCreate.class),
                0L,
                new InterruptedException()));

    assertTrue(Thread.currentThread().isInterrupted());
  }

  @Test
  void transformFailedRestoresTheInterruptStatus() {
    at(lenient)
        .transformFailed(
            HookSite.of("transform-custom-user-data", TransformCustomUserData.class),
            0L,
            new InterruptedException());

    assertTrue(Thread.currentThread().isInterrupted());
    assertEquals(Consequence.INPUT_KEPT, singleReported().consequence());
  }

  @Test
  void otherExceptionsLeaveTheInterruptStatusAlone() {
    at(lenient)
        .afterFailed(
            HookSite.of("after-user-create", AfterUserCreate.class),
            0L,
            new IllegalStateException());
    at(lenient)
        .aborted(
            HookSite.of("before-user-create", BeforeUserCreate.class),
            0L,
            new IOException(),
            List.of(),
            0);
    at(lenient)
        .transformFailed(
            HookSite.of("transform-custom-user-data", TransformCustomUserData.class),
            0L,
            new RuntimeException());
    at(lenient)
        .transformReturnedNull(
            HookSite.of("transform-custom-user-data", TransformCustomUserData.class), 0L);

    assertFalse(Thread.currentThread().isInterrupted());
  }

  // ---------------------------------------------------------------- a listener that throws

  @Test
  void aThrowingListenerDoesNotChangeTheOutcomeAndIsLogged() {
    HookRuntime runtime = HookRuntime.builder()
        .listener(failure -> {
          throw new IllegalStateException("listener bug");
        })
        .build();
    IllegalStateException hookError = new IllegalStateException("smtp down");
    JulCapture log = JulCapture.attach();
    try {
      at(runtime)
          .afterFailed(HookSite.of("after-user-create", AfterUserCreate.class), 0L, hookError);

      LogRecord record = log.single();
      assertEquals(Level.SEVERE, record.getLevel());
      assertEquals("listener bug", record.getThrown().getMessage());
      // the hook's failure is not lost: it is described in the same record
      assertTrue(record.getMessage().contains("after-user-create"), record.getMessage());
      assertTrue(
          record.getMessage().contains(AfterUserCreate.class.getName()), record.getMessage());
      assertTrue(record.getMessage().contains("smtp down"), record.getMessage());
    } finally {
      log.detach();
    }
  }

  @Test
  void aThrowingListenerDoesNotChangeWhatTheOtherMethodsDo() {
    IllegalStateException hookError = new IllegalStateException("boom");
    HookListener broken = failure -> {
      throw new UnsupportedOperationException("listener bug");
    };
    HookRuntime runtime = HookRuntime.builder().listener(broken).build();
    HookRuntime strictRuntime =
        HookRuntime.builder().listener(broken).strict(true).build();
    JulCapture log = JulCapture.attach();
    try {
      HookAbortedException aborted = assertInstanceOf(
          HookAbortedException.class,
          at(runtime)
              .aborted(
                  HookSite.of("before-user-create", BeforeUserCreate.class),
                  0L,
                  hookError,
                  List.of(),
                  0));
      assertSame(hookError, aborted.getCause());

      at(runtime)
          .transformFailed(
              HookSite.of("transform-custom-user-data", TransformCustomUserData.class),
              0L,
              hookError);
      at(runtime)
          .transformReturnedNull(
              HookSite.of("transform-custom-user-data", TransformCustomUserData.class), 0L);

      HookAbortedException strictAbort = assertThrows(
          HookAbortedException.class,
          () -> at(strictRuntime)
              .afterFailed(HookSite.of("after-user-create", AfterUserCreate.class), 0L, hookError));
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
      at(HookRuntime.defaults())
          .afterFailed(
              HookSite.of("after-user-create", AfterUserCreate.class),
              0L,
              new IllegalStateException("x"));
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
      at(quiet)
          .afterFailed(
              HookSite.of("after-user-create", AfterUserCreate.class),
              0L,
              new IllegalStateException("x"));
      assertTrue(log.records().isEmpty());
    } finally {
      log.detach();
    }
  }

  // ---------------------------------------------------------------- found by review

  @Test
  void aListenerThrowingAnErrorOrACheckedExceptionNeverEscapes() {
    HookRuntime withErrorListener = HookRuntime.builder()
        .listener(f -> {
          throw new AssertionError("listener");
        })
        .build();
    RuntimeException hookError = new IllegalStateException("hook");
    at(withErrorListener)
        .afterFailed(HookSite.of("after-user-create", AfterUserCreate.class), 0L, hookError);
    RuntimeException aborted = at(withErrorListener)
        .aborted(
            HookSite.of("before-user-create", BeforeUserCreate.class), 0L, hookError, List.of(), 0);
    assertInstanceOf(HookAbortedException.class, aborted);
    assertSame(hookError, aborted.getCause());

    HookRuntime withCheckedListener = HookRuntime.builder()
        .listener(f -> sneakyThrow(new IOException("disk")))
        .build();
    at(withCheckedListener)
        .transformFailed(
            HookSite.of("transform-custom-user-data", TransformCustomUserData.class),
            0L,
            hookError);
  }

  @Test
  void anAfterHooksRejectionIsAnOrdinaryFailureAndNeverUserFacing() {
    HookRejection rejection = new HookRejection("nope");
    at(lenient).afterFailed(HookSite.of("after-user-create", AfterUserCreate.class), 0L, rejection);
    assertFalse(singleReported().isRejection());

    HookAbortedException strictFailure = assertThrows(
        HookAbortedException.class,
        () -> at(strict)
            .afterFailed(HookSite.of("after-user-create", AfterUserCreate.class), 0L, rejection));
    assertFalse(strictFailure.isRejection());
    assertEquals(Optional.empty(), strictFailure.userMessage());
  }

  @Test
  void theUserMessageIsTheOneTheRejectionWasMadeWith() {
    HookRejection overriding = new HookRejection("Sign-ups are closed.") {
      private static final long serialVersionUID = 1L;

      @Override
      public String getMessage() {
        return null;
      }
    };
    HookAbortedException aborted = (HookAbortedException) at(lenient)
        .aborted(
            HookSite.of("before-user-create", BeforeUserCreate.class),
            0L,
            overriding,
            List.of(),
            0);
    assertEquals(Optional.of("Sign-ups are closed."), aborted.userMessage());
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> void sneakyThrow(Throwable t) throws T {
    throw (T) t;
  }
}
