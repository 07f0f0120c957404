package dev.hookwire.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hookwire.auth.AuthHooks;
import dev.hookwire.auth.User;
import dev.hookwire.runtime.HookAbortedException;
import dev.hookwire.runtime.HookContext;
import dev.hookwire.runtime.HookDependencies;
import dev.hookwire.runtime.HookFailure;
import dev.hookwire.runtime.HookListener;
import dev.hookwire.runtime.HookRuntime;
import dev.hookwire.runtime.HookStateStore;
import dev.hookwire.runtime.WiringDescription;
import dev.hookwire.spring.auth.AuditSignup;
import dev.hookwire.spring.desk.DeskHooks;
import dev.hookwire.spring.desk.Ticket;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.NoUniqueBeanDefinitionException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

/** The auto-configuration without Micrometer or Actuator beans: wirings, runtime, properties, failures. */
class HookwireAutoConfigurationTest {
  static final String AUTH = "dev.hookwire.spring.auth.HookWiring";
  static final String LEGACY = "dev.hookwire.spring.legacy.HookWiring";
  static final String DESK = "dev.hookwire.spring.desk.hooks.HookWiring";

  /** Without the application's beans: the {@link WelcomeMail} that {@code auth.AfterUserCreate} takes. */
  static final ApplicationContextRunner BARE = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(
          HookwireAutoConfiguration.class,
          HookwireMetricsAutoConfiguration.class,
          HookwireEndpointAutoConfiguration.class));

  /**
   * Every test wiring: two hooks packages of the auth catalog and one of the desk catalog, with
   * the bean the auth package's hooks take.
   */
  static final ApplicationContextRunner ALL = BARE.withBean(WelcomeMail.class, () -> email -> {});

  /** An application with one hooks package per catalog. */
  static final ApplicationContextRunner AUTH_AND_DESK =
      ALL.withClassLoader(IndexedClassLoader.listing(AUTH, DESK));

  static User user(String email) {
    return new User("u1", "Ada", email, false, null, Instant.EPOCH, Instant.EPOCH);
  }

  @BeforeEach
  void reset() {
    Calls.reset(0);
  }

  @Test
  void everyListedWiringIsABeanNamedByItsClassInjectableByItsCatalogAndItsClass() {
    AUTH_AND_DESK.run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context.getBeanNamesForType(AuthHooks.class)).containsExactly(AUTH);
      assertThat(context.getBeanNamesForType(DeskHooks.class)).containsExactly(DESK);
      AuthHooks hooks = context.getBean(AuthHooks.class);
      assertThat(hooks).isSameAs(context.getBean(dev.hookwire.spring.auth.HookWiring.class));
      hooks.afterUserCreate(user("ada@example.com"), HookContext.empty());
      context.getBean(DeskHooks.class).afterTicketOpen(new Ticket("T-1"), HookContext.empty());
      assertThat(Calls.all())
          .contains("auth/AfterUserCreate:ada@example.com", "hooks/AfterTicketOpen:T-1");
    });
  }

  @Test
  void aWiringNotInTheIndexIsNoBeanThoughItsClassIsOnTheClassPath() {
    ALL.withClassLoader(IndexedClassLoader.listing(DESK)).run(context -> {
      assertThat(context)
          .hasNotFailed()
          .doesNotHaveBean(AuthHooks.class)
          .hasSingleBean(DeskHooks.class);
    });
  }

  @Test
  void aListedWiringMissingFromTheClassPathFailsStartupNamingIt() {
    ALL.withClassLoader(IndexedClassLoader.listing(AUTH, "com.example.gone.HookWiring"))
        .run(context -> {
          assertThat(context).hasFailed();
          assertThat(context.getStartupFailure())
              .hasMessageContaining(
                  "lists the wiring com.example.gone.HookWiring, which is not on the class path")
              .hasMessageContaining("rebuild the application");
        });
  }

  @Test
  void aListedWiringWithoutItsJsonDescriptionFailsStartupNamingIt() {
    ALL.withClassLoader(new FilteredClassLoader(
            new ClassPathResource("META-INF/hookwire/dev.hookwire.spring.desk.hooks.json")))
        .run(context -> {
          assertThat(context).hasFailed();
          assertThat(context.getStartupFailure())
              .hasMessageContaining("the wiring " + DESK
                  + " has no META-INF/hookwire/dev.hookwire.spring.desk.hooks.json beside it");
        });
  }

  @Configuration(proxyBeanMethods = false)
  static class NeedsAuthHooks {
    @Autowired
    AuthHooks hooks;
  }

  @Test
  void aWiringTheApplicationDeclaresUnderItsClassNameIsLeftAlone() {
    HookRuntime own = HookRuntime.defaults();
    var wiring = new dev.hookwire.spring.auth.HookWiring(
        own, HookDependencies.of(Map.of(WelcomeMail.class, (WelcomeMail) email -> {})));
    AUTH_AND_DESK
        .withBean(AUTH, dev.hookwire.spring.auth.HookWiring.class, () -> wiring)
        .run(context -> {
          assertThat(context).hasNotFailed().hasSingleBean(AuthHooks.class);
          assertThat(context.getBean(AuthHooks.class)).isSameAs(wiring);
        });
  }

  @Test
  void twoPackagesOfOneCatalogAreEachInjectableByClassButTheCatalogIsAmbiguous() {
    ALL.run(context -> {
      assertThat(context.getBean(dev.hookwire.spring.auth.HookWiring.class)).isNotNull();
      assertThat(context.getBean(dev.hookwire.spring.legacy.HookWiring.class)).isNotNull();
      assertThat(context.getBean(DeskHooks.class)).isNotNull();
    });
    ALL.withUserConfiguration(NeedsAuthHooks.class).run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure())
          .rootCause()
          .isInstanceOf(NoUniqueBeanDefinitionException.class)
          .hasMessageContaining(AUTH)
          .hasMessageContaining(LEGACY);
    });
  }

  @Test
  void hookwirePrimaryNamesThePackageInjectedForItsCatalog() {
    ALL.withUserConfiguration(NeedsAuthHooks.class)
        .withPropertyValues("hookwire.primary=dev.hookwire.spring.legacy")
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context.getBean(NeedsAuthHooks.class).hooks)
              .isInstanceOf(dev.hookwire.spring.legacy.HookWiring.class);
          assertThat(context.getBean(dev.hookwire.spring.auth.HookWiring.class)).isNotNull();
        });
  }

  @Test
  void aHookwirePrimaryThatNamesNoHooksPackageFailsStartupNamingTheClosest() {
    ALL.withPropertyValues("hookwire.primary=dev.hookwire.spring.legacyy").run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure())
          .isInstanceOf(InvalidConfigurationPropertyValueException.class)
          .hasMessageContaining("hookwire.primary")
          .hasMessageContaining("(did you mean dev.hookwire.spring.legacy?); set it to one of");
    });
  }

  @Test
  void oneRuntimeServesEveryWiringAndIsClosedWithTheContext() {
    HookRuntime[] seen = new HookRuntime[1];
    AUTH_AND_DESK.run(context -> {
      assertThat(context).hasSingleBean(HookRuntime.class);
      seen[0] = context.getBean(HookRuntime.class);
    });
    assertThat(seen[0].toString()).contains("closed=true");
  }

  @Test
  void theWiringsDispatchThroughTheRuntimeBean() {
    AUTH_AND_DESK.run(context -> {
      context.getBean(HookRuntime.class).close();
      assertThatThrownBy(() -> context
              .getBean(AuthHooks.class)
              .afterUserCreate(user("a@example.com"), HookContext.empty()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("HookRuntime is closed");
      assertThatThrownBy(() -> context
              .getBean(DeskHooks.class)
              .afterTicketOpen(new Ticket("T"), HookContext.empty()))
          .isInstanceOf(IllegalStateException.class);
    });
  }

  @Test
  void aHookStateStoreBeanKeepsTheLiveStateSharedWithTheOtherInstances() {
    HookStateStore store = HookStateStore.inMemory();
    ApplicationContextRunner instance = AUTH_AND_DESK
        .withBean(HookStateStore.class, () -> store)
        .withPropertyValues("hookwire.poll-every=50ms");
    instance.run(first -> instance.run(second -> {
      first.getBean(HookRuntime.class).switchOff("after-user-create", AuditSignup.class);

      assertThat(store.load().orElseThrow().off())
          .contains("after-user-create/" + AuditSignup.class.getName());
      long deadline = System.nanoTime() + 5_000_000_000L;
      while (second.getBean(HookRuntime.class).switchedOff().isEmpty()
          && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(second.getBean(HookRuntime.class).switchedOff())
          .containsExactly("after-user-create/" + AuditSignup.class.getName());
    }));
  }

  @Test
  void theApplicationsOwnRuntimeReplacesTheAutoConfiguredOne() {
    HookRuntime own = HookRuntime.builder().strict(true).build();
    AUTH_AND_DESK
        .withBean(HookRuntime.class, () -> own)
        .withPropertyValues("hookwire.strict=false")
        .run(context -> {
          assertThat(context).hasSingleBean(HookRuntime.class);
          assertThat(context.getBean(HookRuntime.class)).isSameAs(own);
          // Its strictness, not the property's: a failing transform throws.
          assertThatThrownBy(() -> context
                  .getBean(AuthHooks.class)
                  .transformCustomUserData(Map.of("fail", "1"), HookContext.empty()))
              .isInstanceOf(HookAbortedException.class);
        });
  }

  @Test
  void closingTheContextWaitsForTheAsyncHooksStillRunning() {
    Calls.reset(300);
    AUTH_AND_DESK.run(context -> {
      context
          .getBean(AuthHooks.class)
          .afterUserCreate(user("ada@example.com"), HookContext.empty());
      assertThat(Calls.all()).noneMatch(c -> c.startsWith("auth/AuditSignup"));
    });
    assertThat(Calls.all()).anyMatch(c -> c.startsWith("auth/AuditSignup:ada@example.com"));
  }

  @Test
  void hookwireCloseTimeoutBoundsTheWaitAndTheAbandonedHookIsReported() {
    Calls.reset(5_000);
    List<HookFailure> failures = new CopyOnWriteArrayList<>();
    long start = System.nanoTime();
    AUTH_AND_DESK
        .withBean("recorder", HookListener.class, () -> failures::add)
        .withPropertyValues("hookwire.close-timeout=200ms")
        .run(context -> context
            .getBean(AuthHooks.class)
            .afterUserCreate(user("ada@example.com"), HookContext.empty()));
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(3_000);
    assertThat(Calls.all()).noneMatch(c -> c.startsWith("auth/AuditSignup"));
    assertThat(failures).singleElement().satisfies(f -> {
      assertThat(f.hook().getSimpleName()).isEqualTo("AuditSignup");
      assertThat(f.consequence()).isEqualTo(HookFailure.Consequence.ABANDONED);
    });
  }

  @Test
  void hookwireStrictMakesAFailingTransformThrow() {
    Map<String, String> input = Map.of("fail", "1");
    AUTH_AND_DESK.run(context -> assertThat(
            context.getBean(AuthHooks.class).transformCustomUserData(input, HookContext.empty()))
        .isEqualTo(input));
    AUTH_AND_DESK
        .withPropertyValues("hookwire.strict=true")
        .run(context -> assertThatThrownBy(() -> context
                .getBean(AuthHooks.class)
                .transformCustomUserData(input, HookContext.empty()))
            .isInstanceOf(HookAbortedException.class));
  }

  @Test
  void hookwireMaxInFlightSetsTheRuntimesLimit() {
    AUTH_AND_DESK.run(context ->
        assertThat(context.getBean(HookRuntime.class).toString()).contains("maxInFlight=256"));
    AUTH_AND_DESK
        .withPropertyValues("hookwire.max-in-flight=3")
        .run(context ->
            assertThat(context.getBean(HookRuntime.class).toString()).contains("maxInFlight=3"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "hookwire.max-in-flight=0",
        "hookwire.max-in-flight=-2",
        "hookwire.close-timeout=0s",
        "hookwire.close-timeout=-1s",
        "hookwire.poll-every=0s"
      })
  void aNonPositiveLimitFailsStartupNamingThePropertyAndTheFix(String property) {
    String name = property.substring(0, property.indexOf('='));
    AUTH_AND_DESK.withPropertyValues(property).run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure())
          .rootCause()
          .isInstanceOf(InvalidConfigurationPropertyValueException.class)
          .hasMessageContaining("Property " + name + " with value")
          .hasMessageContaining("must be")
          .hasMessageContaining("or remove it");
    });
  }

  private static String disabledState(WiringDescription description, String event, String hook) {
    return description.events().stream()
        .filter(e -> e.name().equals(event))
        .flatMap(e -> e.hooks().stream())
        .filter(h -> h.type().endsWith("." + hook))
        .findFirst()
        .orElseThrow()
        .disabled()
        .orElse("runs");
  }

  @Test
  void hookwireDisabledSwitchesAHookOffBySimpleName() {
    Calls.reset(0);
    AUTH_AND_DESK
        .withPropertyValues("hookwire.disabled.after-user-create=AuditSignup")
        .run(context -> {
          var wiring = context.getBean(dev.hookwire.spring.auth.HookWiring.class);
          assertThat(disabledState(wiring.describe(), "after-user-create", "AuditSignup"))
              .isEqualTo("disabled at startup");
          assertThat(disabledState(wiring.describe(), "after-user-create", "AfterUserCreate"))
              .isEqualTo("runs");
          wiring.afterUserCreate(user("ada@example.com"), HookContext.empty());
        });
    assertThat(Calls.all()).containsExactly("auth/AfterUserCreate:ada@example.com");
  }

  @Test
  void aSimpleNameSwitchesOffThatHookInEveryPackageAndAQualifiedNameOnlyOne() {
    ALL.withPropertyValues("hookwire.disabled.after-user-create=AfterUserCreate")
        .run(context -> {
          assertThat(disabledState(
                  context.getBean(dev.hookwire.spring.auth.HookWiring.class).describe(),
                  "after-user-create",
                  "AfterUserCreate"))
              .isEqualTo("disabled at startup");
          assertThat(disabledState(
                  context.getBean(dev.hookwire.spring.legacy.HookWiring.class).describe(),
                  "after-user-create",
                  "AfterUserCreate"))
              .isEqualTo("disabled at startup");
        });
    ALL.withPropertyValues(
            "hookwire.disabled.after-user-create=dev.hookwire.spring.legacy.AfterUserCreate,AuditSignup")
        .run(context -> {
          var auth = context.getBean(dev.hookwire.spring.auth.HookWiring.class).describe();
          assertThat(disabledState(auth, "after-user-create", "AfterUserCreate"))
              .isEqualTo("runs");
          assertThat(disabledState(auth, "after-user-create", "AuditSignup"))
              .isEqualTo("disabled at startup");
          assertThat(disabledState(
                  context.getBean(dev.hookwire.spring.legacy.HookWiring.class).describe(),
                  "after-user-create",
                  "AfterUserCreate"))
              .isEqualTo("disabled at startup");
        });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "hookwire.disabled.after-user-creat=AuditSignup|no hooks package has an event named after-user-creat (did you mean after-user-create?)|kebab-case",
        "hookwire.disabled.afterUserCreate=AuditSignup|no hooks package has an event named afterUserCreate (did you mean after-user-create?)|kebab-case",
        "hookwire.disabled.after-user-create=AuditSignp|AuditSignp is no hook of after-user-create (did you mean AuditSignup?)|list simple or fully qualified",
        "hookwire.disabled.after-user-create=dev.hookwire.spring.auth.AuditSignp|dev.hookwire.spring.auth.AuditSignp is no hook of after-user-create (did you mean dev.hookwire.spring.auth.AuditSignup?)|list simple",
        "hookwire.disabled.after-session-create=AuditSignup|AuditSignup is no hook of after-session-create, which has no hooks|list simple or fully qualified"
      })
  void aDisabledNameThatMatchesNoEventOrHookFailsStartupNamingTheClosest(String testCase) {
    String[] parts = testCase.split("\\|");
    String property = parts[0].substring(0, parts[0].indexOf('='));
    AUTH_AND_DESK.withPropertyValues(parts[0]).run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure())
          .rootCause()
          .isInstanceOf(InvalidConfigurationPropertyValueException.class)
          .hasMessageContaining(property)
          .hasMessageContaining(parts[1])
          .hasMessageContaining(parts[2]);
    });
  }

  @Test
  void theApplicationsListenersHearEveryHookBesideTheFailureLog() {
    List<String> heard = new CopyOnWriteArrayList<>();
    HookListener tracing = new HookListener() {
      @Override
      public void hookFailed(HookFailure failure) {
        heard.add("failed " + failure.hook().getSimpleName());
      }

      @Override
      public boolean traces() {
        return true;
      }

      @Override
      public void hookSucceeded(
          String event, Class<?> hook, Object result, java.time.Duration duration) {
        heard.add("succeeded " + hook.getSimpleName());
      }
    };
    List<HookFailure> failures = new CopyOnWriteArrayList<>();
    AUTH_AND_DESK
        .withBean("tracing", HookListener.class, () -> tracing)
        .withBean("failures", HookListener.class, () -> failures::add)
        .run(context -> {
          AuthHooks hooks = context.getBean(AuthHooks.class);
          hooks.transformCustomUserData(Map.of(), HookContext.empty());
          hooks.transformCustomUserData(Map.of("fail", "1"), HookContext.empty());
        });
    assertThat(heard)
        .containsExactly("succeeded TransformCustomUserData", "failed TransformCustomUserData");
    assertThat(failures).hasSize(1);
  }
}
