package dev.hookwire.spring;

import static dev.hookwire.spring.HookwireAutoConfigurationTest.AUTH_AND_DESK;
import static dev.hookwire.spring.HookwireAutoConfigurationTest.user;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hookwire.auth.AuthHooks;
import dev.hookwire.runtime.HookContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Where async hooks run: the application's virtual-thread task executor, else the runtime's own. */
class HookwireThreadsTest {
  private static final ApplicationContextRunner WITH_TASK_EXECUTION =
      AUTH_AND_DESK.withConfiguration(AutoConfigurations.of(TaskExecutionAutoConfiguration.class));

  @BeforeEach
  void reset() {
    Calls.reset(0);
  }

  private static String threadOfTheAsyncHook(ApplicationContextRunner runner) {
    runner.run(context -> context
        .getBean(AuthHooks.class)
        .afterUserCreate(user("ada@example.com"), HookContext.empty()));
    // Closing the context waited for the async hook.
    return Calls.all().stream()
        .filter(c -> c.startsWith("auth/AuditSignup:"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  @EnabledForJreRange(min = JRE.JAVA_21)
  void withVirtualThreadsEnabledAsyncHooksRunOnTheApplicationsTaskExecutor() {
    String call = threadOfTheAsyncHook(
        WITH_TASK_EXECUTION.withPropertyValues("spring.threads.virtual.enabled=true"));
    assertThat(call).startsWith("auth/AuditSignup:ada@example.com on task-");
  }

  @Test
  void otherwiseOnTheRuntimesOwnExecutorNotOnAPoolThatWouldQueueThem() {
    String call = threadOfTheAsyncHook(WITH_TASK_EXECUTION);
    assertThat(call).startsWith("auth/AuditSignup:ada@example.com on ").doesNotContain(" on task-");
  }
}
