package dev.hookwire.spring;

import static dev.hookwire.spring.HookwireAutoConfigurationTest.AUTH_AND_DESK;
import static dev.hookwire.spring.HookwireAutoConfigurationTest.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hookwire.auth.AuthHooks;
import dev.hookwire.runtime.HookAbortedException;
import dev.hookwire.runtime.HookContext;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.FilteredClassLoader;

/** {@code hookwire.hook} timers with Micrometer; nothing without it. */
class HookwireMetricsTest {

  private static Timer timer(MeterRegistry registry, String event, String hook, String outcome) {
    return registry
        .get(MicrometerHookListener.METER)
        .tag("event", event)
        .tag("hook", hook)
        .tag("outcome", outcome)
        .timer();
  }

  @Test
  void everyInvocationIsTimedByEventHookAndOutcome() {
    AUTH_AND_DESK.withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context -> {
      assertThat(context).hasSingleBean(MicrometerHookListener.class);
      AuthHooks hooks = context.getBean(AuthHooks.class);
      hooks.beforeUserCreate(user("ada@example.com"), HookContext.empty());
      assertThatThrownBy(
              () -> hooks.beforeUserCreate(user("eve@blocked.example"), HookContext.empty()))
          .isInstanceOf(HookAbortedException.class);
      hooks.transformCustomUserData(Map.of(), HookContext.empty());
      hooks.transformCustomUserData(Map.of("fail", "1"), HookContext.empty());
      hooks.transformCustomUserData(Map.of("slow", "1"), HookContext.empty());

      MeterRegistry registry = context.getBean(MeterRegistry.class);
      assertThat(timer(registry, "before-user-create", "BeforeUserCreate", "success")
              .count())
          .isEqualTo(1);
      assertThat(timer(registry, "before-user-create", "BeforeUserCreate", "rejected")
              .count())
          .isEqualTo(1);
      assertThat(timer(registry, "transform-custom-user-data", "TransformCustomUserData", "success")
              .count())
          .isEqualTo(1);
      assertThat(timer(registry, "transform-custom-user-data", "TransformCustomUserData", "failure")
              .count())
          .isEqualTo(1);
      Timer timeout =
          timer(registry, "transform-custom-user-data", "TransformCustomUserData", "timeout");
      assertThat(timeout.count()).isEqualTo(1);
      assertThat(timeout.totalTime(java.util.concurrent.TimeUnit.MILLISECONDS)).isEqualTo(100);
      assertThat(registry.find(MicrometerHookListener.METER).timers()).hasSize(5);
    });
  }

  @Test
  void withoutAMeterRegistryThereIsNoMetricsListener() {
    AUTH_AND_DESK.run(context ->
        assertThat(context).hasNotFailed().doesNotHaveBean(MicrometerHookListener.class));
  }

  @Test
  void withoutMicrometerOnTheClassPathTheWiringsStillWork() {
    AUTH_AND_DESK
        .withClassLoader(new FilteredClassLoader(
            IndexedClassLoader.listing(HookwireAutoConfigurationTest.AUTH), MeterRegistry.class))
        .run(context -> {
          assertThat(context).hasNotFailed().doesNotHaveBean(MicrometerHookListener.class);
          assertThat(context
                  .getBean(AuthHooks.class)
                  .transformCustomUserData(Map.of(), HookContext.empty()))
              .containsEntry("plan", "pro");
        });
  }
}
