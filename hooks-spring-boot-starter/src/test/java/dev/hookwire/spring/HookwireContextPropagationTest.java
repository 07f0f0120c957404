package dev.hookwire.spring;

import static dev.hookwire.spring.HookwireAutoConfigurationTest.AUTH_AND_DESK;
import static dev.hookwire.spring.HookwireAutoConfigurationTest.user;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hookwire.auth.AuthHooks;
import dev.hookwire.auth.Login;
import dev.hookwire.auth.Session;
import dev.hookwire.runtime.ContextPropagationException;
import dev.hookwire.runtime.ContextPropagator;
import dev.hookwire.runtime.HookContext;
import dev.hookwire.runtime.HookFailure;
import dev.hookwire.runtime.HookListener;
import dev.hookwire.runtime.RecordingListener;
import io.micrometer.context.ContextSnapshotFactory;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.NoUniqueBeanDefinitionException;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Timed and async hooks in the caller's thread-local context: the principal and the MDC of the
 * thread that fires after-login reach the timed {@code auth.AfterLogin} on its own thread.
 */
class HookwireContextPropagationTest {
  static final ApplicationContextRunner RUNNER = AUTH_AND_DESK.withConfiguration(
      AutoConfigurations.of(HookwireContextPropagationAutoConfiguration.class));

  @BeforeEach
  void reset() {
    Calls.reset(0);
  }

  @AfterEach
  void clearTheCallersContext() {
    SecurityContextHolder.clearContext();
    MDC.clear();
  }

  static Login login() {
    Session session =
        new Session("s1", "u1", "t", Instant.EPOCH, null, null, null, Instant.EPOCH, Instant.EPOCH);
    return new Login(user("ada@example.com"), session);
  }

  /** Logs in as {@code ada} with request id {@code r-42} on this thread and fires after-login. */
  static String whatTheTimedHookSaw(AuthHooks hooks) {
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated("ada", null, List.of()));
    MDC.put("requestId", "r-42");
    hooks.afterLogin(login(), HookContext.empty());
    return Calls.all().stream()
        .filter(c -> c.startsWith("auth/AfterLogin:"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aTimedHookSeesTheCallersPrincipalAndMdcOnItsOwnThread() {
    RUNNER.run(context -> {
      assertThat(context).hasSingleBean(ContextPropagator.class);
      assertThat(context.getBean(ContextPropagator.class))
          .isInstanceOf(MicrometerContextPropagator.class);

      String seen = whatTheTimedHookSaw(context.getBean(AuthHooks.class));

      assertThat(seen)
          .startsWith("auth/AfterLogin:ada@example.com as ada request r-42 observation none on ")
          .doesNotEndWith(" on " + Thread.currentThread().getName());
    });
  }

  @Test
  void theCallersCurrentObservationIsTheHooksToo() {
    ObservationRegistry registry = ObservationRegistry.create();
    registry.observationConfig().observationHandler(context -> true);
    RUNNER.run(context -> {
      String[] seen = new String[1];
      Observation.createNotStarted("login", registry)
          .observe(() -> seen[0] = whatTheTimedHookSaw(context.getBean(AuthHooks.class)));
      assertThat(seen[0])
          .startsWith("auth/AfterLogin:ada@example.com as ada request r-42 observation login on ");
    });
  }

  @Test
  void aCallerWithoutContextLeavesTheHookWithoutOne() {
    RUNNER.run(context -> {
      context.getBean(AuthHooks.class).afterLogin(login(), HookContext.empty());
      assertThat(Calls.all())
          .anyMatch(c -> c.startsWith(
              "auth/AfterLogin:ada@example.com as nobody request null observation none on "));
    });
  }

  @Test
  void withoutContextPropagationOnTheClassPathTheHookSeesItsThreadsOwnContext() {
    RUNNER
        .withClassLoader(new FilteredClassLoader(
            IndexedClassLoader.listing(HookwireAutoConfigurationTest.AUTH),
            ContextSnapshotFactory.class))
        .run(context -> {
          assertThat(context).hasNotFailed().doesNotHaveBean(ContextPropagator.class);
          assertThat(whatTheTimedHookSaw(context.getBean(AuthHooks.class)))
              .startsWith(
                  "auth/AfterLogin:ada@example.com as nobody request null observation none on ");
        });
  }

  @Test
  void thePropertyFalseSwitchesItOff() {
    RUNNER.withPropertyValues("hookwire.context-propagation=false").run(context -> {
      assertThat(context).hasNotFailed().doesNotHaveBean(ContextPropagator.class);
      assertThat(whatTheTimedHookSaw(context.getBean(AuthHooks.class))).contains(" as nobody ");
    });
  }

  @Test
  void anApplicationsOwnPropagatorReplacesMicrometers() {
    ContextPropagator own = () -> () -> () -> Calls.record(ContextPropagator.class, "closed");
    RUNNER.withBean(ContextPropagator.class, () -> own).run(context -> {
      assertThat(context.getBean(ContextPropagator.class)).isSameAs(own);
      assertThat(whatTheTimedHookSaw(context.getBean(AuthHooks.class))).contains(" as nobody ");
      assertThat(Calls.all()).contains("runtime/ContextPropagator:closed");
    });
  }

  @Test
  void twoPropagatorBeansFailStartupRatherThanCarryingNeither() {
    ContextPropagator one = () -> () -> () -> {};
    ContextPropagator two = () -> () -> () -> {};
    RUNNER
        .withBean("one", ContextPropagator.class, () -> one)
        .withBean("two", ContextPropagator.class, () -> two)
        .run(context -> assertThat(context)
            .hasFailed()
            .getFailure()
            .rootCause()
            .isInstanceOf(NoUniqueBeanDefinitionException.class)
            .hasMessageContaining("one")
            .hasMessageContaining("two"));
  }

  @Test
  void aFailingPropagatorIsTheHooksReportedFailureNotASilentDrop() {
    RecordingListener recorder = new RecordingListener();
    ContextPropagator broken = () -> {
      throw new IllegalStateException("no registry");
    };
    RUNNER
        .withBean(ContextPropagator.class, () -> broken)
        .withBean(HookListener.class, () -> recorder)
        .run(context -> {
          context.getBean(AuthHooks.class).afterLogin(login(), HookContext.empty());

          assertThat(Calls.all()).noneMatch(c -> c.startsWith("auth/AfterLogin:"));
          HookFailure failure = recorder.failures().get(0);
          assertThat(failure.hook()).isEqualTo(dev.hookwire.spring.auth.AfterLogin.class);
          assertThat(failure.consequence()).isEqualTo(HookFailure.Consequence.ISOLATED);
          assertThat(failure.exception().orElseThrow())
              .isInstanceOf(ContextPropagationException.class)
              .hasMessageContaining("capture()")
              .hasRootCauseMessage("no registry");
        });
  }
}
