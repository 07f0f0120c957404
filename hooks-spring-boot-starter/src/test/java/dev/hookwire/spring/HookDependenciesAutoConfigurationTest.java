package dev.hookwire.spring;

import static dev.hookwire.spring.HookwireAutoConfigurationTest.ALL;
import static dev.hookwire.spring.HookwireAutoConfigurationTest.AUTH;
import static dev.hookwire.spring.HookwireAutoConfigurationTest.BARE;
import static dev.hookwire.spring.HookwireAutoConfigurationTest.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hookwire.auth.AuthHooks;
import dev.hookwire.runtime.HookContext;
import dev.hookwire.runtime.HookDependencies;
import dev.hookwire.runtime.MissingHookDependenciesException;
import dev.hookwire.runtime.MissingHookDependenciesException.Missing;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.DefaultResourceLoader;

/** Hooks with constructor dependencies get the context's beans; a missing bean fails startup. */
@ExtendWith(OutputCaptureExtension.class)
class HookDependenciesAutoConfigurationTest {
  private static final String MISSING =
      "HookWiring of dev.hookwire.spring.auth cannot create 1 hook: AfterUserCreate"
          + " needs dev.hookwire.spring.WelcomeMail (HookDependencies has none)";

  @BeforeEach
  void reset() {
    Calls.reset(0);
  }

  @Test
  void aHookIsCreatedWithTheApplicationsBeanAndRunsWithIt() {
    List<String> sent = new CopyOnWriteArrayList<>();
    BARE.withClassLoader(IndexedClassLoader.listing(AUTH))
        .withBean(WelcomeMail.class, () -> sent::add)
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context).hasSingleBean(HookDependencies.class);
          context
              .getBean(AuthHooks.class)
              .afterUserCreate(user("ada@example.com"), HookContext.empty());
          assertThat(sent).containsExactly("ada@example.com");
        });
  }

  @Test
  void aMissingBeanFailsStartupNamingTheHookAndTheType() {
    BARE.withClassLoader(IndexedClassLoader.listing(AUTH)).run(context -> {
      assertThat(context).hasFailed();
      Throwable failure = context.getStartupFailure();
      assertThat(failure)
          .rootCause()
          .isInstanceOf(MissingHookDependenciesException.class)
          .hasMessage(MISSING);
      MissingHookDependenciesException missing =
          (MissingHookDependenciesException) rootCause(failure);
      assertThat(missing.missing())
          .containsExactly(
              new Missing(dev.hookwire.spring.auth.AfterUserCreate.class, WelcomeMail.class));
    });
  }

  @Test
  void aHookSwitchedOffByTheApplicationNeedsNoBean() {
    BARE.withClassLoader(IndexedClassLoader.listing(AUTH))
        .withPropertyValues("hookwire.disabled.after-user-create=AfterUserCreate")
        .run(context -> assertThat(context).hasNotFailed());
  }

  @Test
  void theApplicationsOwnHookDependenciesReplaceTheStarters() {
    List<String> sent = new CopyOnWriteArrayList<>();
    HookDependencies own = HookDependencies.of(Map.of(WelcomeMail.class, (WelcomeMail) sent::add));
    BARE.withClassLoader(IndexedClassLoader.listing(AUTH))
        .withBean(HookDependencies.class, () -> own)
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context.getBean(HookDependencies.class)).isSameAs(own);
          context
              .getBean(AuthHooks.class)
              .afterUserCreate(user("ada@example.com"), HookContext.empty());
          assertThat(sent).containsExactly("ada@example.com");
        });
  }

  @Test
  void twoBeansOfTheTypeAreMissingUnlessOneIsPrimary() {
    ALL.withClassLoader(IndexedClassLoader.listing(AUTH))
        .withBean("second", WelcomeMail.class, () -> email -> {})
        .run(context -> assertThat(context.getStartupFailure()).rootCause().hasMessage(MISSING));
  }

  @Configuration(proxyBeanMethods = false)
  @ImportAutoConfiguration(HookwireAutoConfiguration.class)
  static class WithoutTheBean {}

  @Test
  void springBootsFailureReportSaysWhatIsMissingAndTheFix(CapturedOutput output) {
    SpringApplication application = new SpringApplication(WithoutTheBean.class);
    application.setWebApplicationType(WebApplicationType.NONE);
    application.setResourceLoader(new DefaultResourceLoader(IndexedClassLoader.listing(AUTH)));
    assertThatThrownBy(application::run)
        .hasRootCauseInstanceOf(MissingHookDependenciesException.class);
    assertThat(output)
        .contains("APPLICATION FAILED TO START")
        .contains(MISSING)
        .contains(
            "Declare exactly one bean of each of these types (or mark one @Primary): dev.hookwire.spring.WelcomeMail;"
                + " or switch the hooks off with hookwire.disabled.<event>=<hook>.");
  }

  @Test
  void theAnalysisNamesEveryMissingType() {
    MissingHookDependenciesException e = new MissingHookDependenciesException(
        "com.acme.hooks",
        List.of(
            new Missing(Runnable.class, WelcomeMail.class),
            new Missing(Thread.class, WelcomeMail.class)));
    FailureAnalysis analysis = new MissingHookDependenciesFailureAnalyzer().analyze(e);
    assertThat(analysis.getDescription()).isEqualTo(e.getMessage());
    assertThat(analysis.getAction())
        .contains("of these types (or mark one @Primary): dev.hookwire.spring.WelcomeMail;");
  }

  private static Throwable rootCause(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }
}
