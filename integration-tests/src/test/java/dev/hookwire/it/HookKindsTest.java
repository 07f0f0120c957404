package dev.hookwire.it;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hookwire.auth.AuthHooks;
import dev.hookwire.auth.User;
import dev.hookwire.it.kinds.AddPlan;
import dev.hookwire.it.kinds.AddRegion;
import dev.hookwire.it.kinds.AfterUserCreate;
import dev.hookwire.it.kinds.AuditTrail;
import dev.hookwire.it.kinds.BeforeUserCreate;
import dev.hookwire.it.kinds.GateSignup;
import dev.hookwire.it.kinds.HookWiring;
import dev.hookwire.it.kinds.LegacyEmailCheck;
import dev.hookwire.it.kinds.LegacyMailer;
import dev.hookwire.it.kinds.NormalizeEmail;
import dev.hookwire.it.kinds.ProvisionWorkspace;
import dev.hookwire.it.support.Probe;
import dev.hookwire.it.support.Probe.Misbehaviour;
import dev.hookwire.it.support.RecordingListener;
import dev.hookwire.runtime.HookAbortedException;
import dev.hookwire.runtime.HookContext;
import dev.hookwire.runtime.HookFailure;
import dev.hookwire.runtime.HookFailure.Consequence;
import dev.hookwire.runtime.HookRejection;
import dev.hookwire.runtime.HookRuntime;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each event kind's runtime contract, proven through the {@code HookWiring} the processor generated
 * for the test hooks package {@code dev.hookwire.it.kinds} during test-compile.
 */
class HookKindsTest {
  private static final Instant NOW = Instant.parse("2025-01-01T09:00:00Z");

  private final Probe probe = new Probe();
  private final RecordingListener listener = new RecordingListener();
  private final AuthHooks hooks =
      new HookWiring(HookRuntime.builder().listener(listener).build());
  private final AuthHooks strictHooks =
      new HookWiring(HookRuntime.builder().strict(true).listener(listener).build());
  private final HookContext ctx = HookContext.builder()
      .path("/sign-up")
      .env("DEFAULT_PLAN", "pro")
      .service(Probe.class, probe)
      .build();

  private static User user(String name, String email) {
    return new User("u1", name, email, false, null, NOW, NOW);
  }

  /** Failures a hook may throw that are not fatal: checked, unchecked, and a non-VM error. */
  static Stream<Arguments> ordinaryFailures() {
    return Stream.of(
        Arguments.of(new IOException("user store unreachable")),
        Arguments.of(new IllegalStateException("bug in the hook")),
        Arguments.of(new AssertionError("a failed assert in the hook")));
  }

  @Nested
  class BeforeEvent {
    @Test
    void eachHookSeesTheEntityMergedSoFarAndThePatchesCompose() {
      User input = user("  Ada  ", "Ada@Example.COM");

      User merged = hooks.beforeUserCreate(input, ctx);

      assertEquals(
          List.of(BeforeUserCreate.class, GateSignup.class, NormalizeEmail.class), probe.calls());
      assertSame(input, probe.seen(BeforeUserCreate.class, User.class));
      User seenByGate = probe.seen(GateSignup.class, User.class);
      assertEquals("Ada", seenByGate.name());
      assertEquals("Ada@Example.COM", seenByGate.email());
      assertSame(
          seenByGate, probe.seen(NormalizeEmail.class, User.class), "a void hook changes nothing");
      // DefaultAvatar (no context parameter) ran last and saw both the trimmed name and the
      // lowercased email.
      assertEquals(
          new User("u1", "Ada", "ada@example.com", false, "avatar:Ada<ada@example.com>", NOW, NOW),
          merged);
      assertEquals(user("  Ada  ", "Ada@Example.COM"), input, "the input is not changed");
      assertEquals(List.of(), listener.failures());
    }

    @Test
    void hooksReturningNullOrVoidLeaveTheSameInstance() {
      User input = new User("u1", "Ada", "ada@example.com", true, "avatar.png", NOW, NOW);

      assertSame(input, hooks.beforeUserCreate(input, ctx));
      assertEquals(
          List.of(BeforeUserCreate.class, GateSignup.class, NormalizeEmail.class), probe.calls());
    }

    @ParameterizedTest
    @MethodSource("dev.hookwire.it.HookKindsTest#ordinaryFailures")
    void aThrowAbortsWithTheErrorWrappedAndNoUserMessage(Throwable failure) {
      probe.failing(GateSignup.class, failure);

      HookAbortedException e = assertThrows(
          HookAbortedException.class,
          () -> hooks.beforeUserCreate(user(" Ada ", "ada@example.com"), ctx));

      assertSame(failure, e.getCause());
      assertFalse(e.isRejection());
      assertEquals(Optional.empty(), e.userMessage());
      assertEquals("before-user-create", e.event());
      assertEquals(GateSignup.class, e.hook());
      assertEquals(
          List.of(BeforeUserCreate.class, GateSignup.class),
          probe.calls(),
          "later hooks do not run");
      HookFailure reported = listener.single();
      assertEquals("before-user-create", reported.event());
      assertEquals(GateSignup.class, reported.hook());
      assertEquals(Consequence.ABORTED, reported.consequence());
      assertSame(failure, reported.exception().orElseThrow());
    }

    @Test
    void aRejectionCarriesItsMessageForTheEndUser() {
      probe.failing(GateSignup.class, new HookRejection("Sign-ups are closed this week."));

      HookAbortedException e = assertThrows(
          HookAbortedException.class,
          () -> hooks.beforeUserCreate(user("Ada", "ada@example.com"), ctx));

      assertTrue(e.isRejection());
      assertEquals(Optional.of("Sign-ups are closed this week."), e.userMessage());
      assertEquals(List.of(BeforeUserCreate.class, GateSignup.class), probe.calls());
      assertTrue(listener.single().isRejection());
    }
  }

  @Nested
  class AfterEvent {
    private final User user = user("Ada", "ada@example.com");

    @Test
    void allHooksRunInOrderThenByClassName() {
      hooks.afterUserCreate(user, ctx);

      // AfterUserCreate has order 0; AuditTrail and ProvisionWorkspace share order 10.
      assertEquals(
          List.of(AfterUserCreate.class, AuditTrail.class, ProvisionWorkspace.class),
          probe.calls());
      assertSame(user, probe.seen(ProvisionWorkspace.class, User.class));
      assertEquals(List.of(), listener.failures());
    }

    @ParameterizedTest
    @MethodSource("dev.hookwire.it.HookKindsTest#ordinaryFailures")
    void aFailureIsIsolatedAndReportedAndTheOthersStillRun(Throwable failure) {
      probe.failing(AfterUserCreate.class, failure);

      assertDoesNotThrow(() -> hooks.afterUserCreate(user, ctx));

      assertEquals(
          List.of(AfterUserCreate.class, AuditTrail.class, ProvisionWorkspace.class),
          probe.calls());
      HookFailure reported = listener.single();
      assertEquals("after-user-create", reported.event());
      assertEquals(AfterUserCreate.class, reported.hook());
      assertEquals(Consequence.ISOLATED, reported.consequence());
      assertSame(failure, reported.exception().orElseThrow());
      assertEquals(Optional.of(failure), reported.exception());
    }

    @Test
    void severalFailuresAreEachReported() {
      IllegalStateException first = new IllegalStateException("first");
      IOException second = new IOException("second");
      probe.failing(AfterUserCreate.class, first).failing(ProvisionWorkspace.class, second);

      hooks.afterUserCreate(user, ctx);

      assertEquals(
          List.of(AfterUserCreate.class, AuditTrail.class, ProvisionWorkspace.class),
          probe.calls());
      assertEquals(
          List.of(first, second),
          listener.failures().stream().map(f -> f.exception().orElseThrow()).toList());
    }

    @Test
    void anInterruptedExceptionRestoresTheInterruptStatus() {
      probe.failing(AuditTrail.class, new InterruptedException("cancelled"));
      try {
        hooks.afterUserCreate(user, ctx);

        assertTrue(Thread.currentThread().isInterrupted());
        assertEquals(
            List.of(AfterUserCreate.class, AuditTrail.class, ProvisionWorkspace.class),
            probe.calls());
        assertInstanceOf(
            InterruptedException.class, listener.single().exception().orElseThrow());
      } finally {
        Thread.interrupted(); // clear it for the next test
      }
    }

    @Test
    void aStrictRuntimePropagatesTheFailure() {
      IllegalStateException failure = new IllegalStateException("provisioning failed");
      probe.failing(AuditTrail.class, failure);

      HookAbortedException e =
          assertThrows(HookAbortedException.class, () -> strictHooks.afterUserCreate(user, ctx));

      assertSame(failure, e.getCause());
      assertEquals("after-user-create", e.event());
      assertEquals(AuditTrail.class, e.hook());
      assertEquals(Optional.empty(), e.userMessage());
      assertEquals(
          List.of(AfterUserCreate.class, AuditTrail.class), probe.calls().subList(0, 2));
      assertEquals(AuditTrail.class, listener.single().hook(), "the failure is also reported");
    }
  }

  @Nested
  class TransformEvent {
    private final Map<String, String> input = new HashMap<>(Map.of("sub", "u1"));

    @Test
    void hooksChainAndEachSeesAReadOnlyViewOfThePreviousOutput() {
      Map<String, String> claims = hooks.transformCustomUserData(input, ctx);

      assertEquals(Map.of("sub", "u1", "plan", "pro", "region", "eu"), claims);
      assertEquals(List.of(AddPlan.class, AddRegion.class), probe.calls());
      Map<?, ?> seenByPlan = probe.seen(AddPlan.class, Map.class);
      assertEquals(Map.of("sub", "u1"), seenByPlan);
      assertThrows(UnsupportedOperationException.class, () -> seenByPlan.clear());
      assertEquals(Map.of("sub", "u1", "plan", "pro"), probe.seen(AddRegion.class, Map.class));
      assertThrows(
          UnsupportedOperationException.class,
          () -> probe.seen(AddRegion.class, Map.class).clear());
      assertEquals(Map.of("sub", "u1"), input, "the caller's map is not changed");
      assertEquals(List.of(), listener.failures());
    }

    @ParameterizedTest
    @MethodSource("dev.hookwire.it.HookKindsTest#ordinaryFailures")
    void aThrowKeepsTheInputAndIsReported(Throwable failure) {
      probe.failing(AddPlan.class, failure);

      Map<String, String> claims = hooks.transformCustomUserData(input, ctx);

      assertEquals(Map.of("sub", "u1", "region", "eu"), claims, "AddRegion got the kept input");
      assertEquals(Map.of("sub", "u1"), probe.seen(AddRegion.class, Map.class));
      HookFailure reported = listener.single();
      assertEquals("transform-custom-user-data", reported.event());
      assertEquals(AddPlan.class, reported.hook());
      assertEquals(Consequence.INPUT_KEPT, reported.consequence());
      assertSame(failure, reported.exception().orElseThrow());
    }

    @Test
    void aNullReturnForANonNullInputKeepsTheInputAndIsReported() {
      probe.misbehaving(AddPlan.class, Misbehaviour.RETURN_NULL);

      Map<String, String> claims = hooks.transformCustomUserData(input, ctx);

      assertEquals(Map.of("sub", "u1", "region", "eu"), claims);
      HookFailure reported = listener.single();
      assertEquals(AddPlan.class, reported.hook());
      assertEquals(Consequence.INPUT_KEPT, reported.consequence());
      assertTrue(reported.exception().isEmpty());
      assertTrue(reported.reason().contains("null"), reported.reason());
    }

    @Test
    void aHookThatWritesIntoItsInputFailsAndTheCallersMapIsUnchanged() {
      probe.misbehaving(AddPlan.class, Misbehaviour.MUTATE_INPUT);

      Map<String, String> claims = hooks.transformCustomUserData(input, ctx);

      assertEquals(Map.of("sub", "u1"), input);
      assertEquals(Map.of("sub", "u1", "region", "eu"), claims);
      HookFailure reported = listener.single();
      assertEquals(AddPlan.class, reported.hook());
      assertEquals(Consequence.INPUT_KEPT, reported.consequence());
      assertInstanceOf(UnsupportedOperationException.class, reported.exception().orElseThrow());
    }

    @Test
    void hooksHandingBackTheirInputGiveTheCallerItsOwnMapNotTheReadOnlyView() {
      probe
          .misbehaving(AddPlan.class, Misbehaviour.RETURN_INPUT)
          .misbehaving(AddRegion.class, Misbehaviour.RETURN_INPUT);

      Map<String, String> claims = hooks.transformCustomUserData(input, ctx);

      assertSame(input, claims);
      claims.put("added", "by the host"); // still the caller's mutable map
      assertEquals(List.of(), listener.failures());
    }

    @Test
    void aStrictRuntimePropagatesAThrowAndANullReturn() {
      IllegalStateException failure = new IllegalStateException("claims service down");
      probe.failing(AddRegion.class, failure);

      HookAbortedException thrown = assertThrows(
          HookAbortedException.class, () -> strictHooks.transformCustomUserData(input, ctx));
      assertSame(failure, thrown.getCause());
      assertEquals(AddRegion.class, thrown.hook());

      Probe nulls = new Probe().misbehaving(AddPlan.class, Misbehaviour.RETURN_NULL);
      HookContext nullCtx = ctx.toBuilder().service(Probe.class, nulls).build();
      HookAbortedException returnedNull = assertThrows(
          HookAbortedException.class, () -> strictHooks.transformCustomUserData(input, nullCtx));
      assertInstanceOf(NullPointerException.class, returnedNull.getCause());
      assertEquals(AddPlan.class, returnedNull.hook());
      assertEquals(List.of(AddPlan.class), nulls.calls());
    }
  }

  /** How a test fires one event of the kinds package, and which hook it makes fail. */
  enum Dispatch {
    BEFORE(GateSignup.class, List.of(BeforeUserCreate.class, GateSignup.class)) {
      @Override
      void fire(AuthHooks hooks, HookContext ctx) {
        hooks.beforeUserCreate(user(" Ada ", "Ada@example.com"), ctx);
      }
    },
    AFTER(AuditTrail.class, List.of(AfterUserCreate.class, AuditTrail.class)) {
      @Override
      void fire(AuthHooks hooks, HookContext ctx) {
        hooks.afterUserCreate(user("Ada", "ada@example.com"), ctx);
      }
    },
    TRANSFORM(AddPlan.class, List.of(AddPlan.class)) {
      @Override
      void fire(AuthHooks hooks, HookContext ctx) {
        hooks.transformCustomUserData(Map.of("sub", "u1"), ctx);
      }
    };

    final Class<?> failingHook;
    final List<Class<?>> callsUpToTheFailure;

    Dispatch(Class<?> failingHook, List<Class<?>> callsUpToTheFailure) {
      this.failingHook = failingHook;
      this.callsUpToTheFailure = callsUpToTheFailure;
    }

    abstract void fire(AuthHooks hooks, HookContext ctx);
  }

  static Stream<Arguments> fatalErrors() {
    List<Supplier<Error>> errors = List.of(
        () -> new StackOverflowError("deep"), () -> new OutOfMemoryError("Java heap space"));
    return Arrays.stream(Dispatch.values())
        .flatMap(dispatch -> errors.stream().map(error -> Arguments.of(dispatch, error.get())));
  }

  @Nested
  class FatalErrors {
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("dev.hookwire.it.HookKindsTest#fatalErrors")
    void aVirtualMachineErrorPropagatesUnchangedAndStopsTheDispatch(
        Dispatch dispatch, Error error) {
      probe.failing(dispatch.failingHook, error);

      Error thrown = assertThrows(Error.class, () -> dispatch.fire(hooks, ctx));

      assertSame(error, thrown, "neither wrapped nor replaced");
      assertEquals(dispatch.callsUpToTheFailure, probe.calls());
      assertEquals(
          List.of(), listener.failures(), "the runtime does not run the listener on a dying VM");
    }

    @ParameterizedTest
    @EnumSource(Dispatch.class)
    void aStrictRuntimeDoesNotWrapThemEither(Dispatch dispatch) {
      StackOverflowError error = new StackOverflowError();
      probe.failing(dispatch.failingHook, error);

      assertSame(
          error, assertThrows(StackOverflowError.class, () -> dispatch.fire(strictHooks, ctx)));
    }
  }

  @Nested
  class DisabledHooks {
    @Test
    void areNeverCalled() {
      User merged = hooks.beforeUserCreate(user("Ada", "ADA@example.com"), ctx);
      hooks.afterUserCreate(merged, ctx);
      hooks.afterUserCreate(merged, ctx.toBuilder().path("/admin/create-user").build());

      assertEquals(
          "ada@example.com", merged.email(), "LegacyEmailCheck would have set legacy@example.com");
      assertFalse(probe.calls().contains(LegacyEmailCheck.class));
      assertFalse(probe.calls().contains(LegacyMailer.class));
      assertEquals(List.of(), listener.failures());
    }

    @Test
    void areNotEvenInstantiated() {
      // The hooks are fields of the wiring's snapshot class, which live switches replace whole.
      Class<?> snapshot = Arrays.stream(HookWiring.class.getDeclaredClasses())
          .filter(c -> c.getSimpleName().equals("Live"))
          .findFirst()
          .orElseThrow();
      List<Class<?>> fieldTypes = Arrays.stream(snapshot.getDeclaredFields())
          .<Class<?>>map(Field::getType)
          .toList();

      assertTrue(fieldTypes.contains(NormalizeEmail.class), fieldTypes::toString);
      assertFalse(fieldTypes.contains(LegacyEmailCheck.class), fieldTypes::toString);
      assertFalse(fieldTypes.contains(LegacyMailer.class), fieldTypes::toString);
    }
  }

  @Test
  void theWiringWasGeneratedDuringTestCompile() throws IOException {
    Path source = Path.of(System.getProperty("basedir", "."))
        .resolve(
            "target/generated-test-sources/test-annotations/dev/hookwire/it/kinds/HookWiring.java");

    assertTrue(Files.isRegularFile(source), source::toString);
    String text = Files.readString(source);
    assertTrue(text.contains("@Generated(\"dev.hookwire.processor.HookProcessor\")"));
    assertTrue(text.contains("public final class HookWiring implements AuthHooks"));
    assertTrue(
        text.replaceAll("\\s+\\*\\s+", " ")
            .contains("LegacyEmailCheck} (@Disabled: replaced by NormalizeEmail)"),
        "listed as disabled");
    assertFalse(text.contains("new LegacyEmailCheck()"));
  }
}
