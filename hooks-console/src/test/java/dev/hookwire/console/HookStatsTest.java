package dev.hookwire.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hookwire.auth.Login;
import dev.hookwire.runtime.HookContext;
import dev.hookwire.runtime.HookFailure;
import dev.hookwire.runtime.HookFailure.Consequence;
import dev.hookwire.runtime.HookListener;
import dev.hookwire.runtime.HookRejection;
import dev.hookwire.runtime.HookSwitch;
import dev.hookwire.runtime.HookTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HookStatsTest {
  private static final Instant NOON = Instant.parse("2026-12-02T12:00:00Z");
  private final HookStats stats = new HookStats(Clock.fixed(NOON, ZoneOffset.UTC));

  @Test
  void countsRunsFailuresTimeoutsAndRejectionsPerEventAndHook() {
    stats.hookStarted("after-login", String.class);
    stats.hookStarted("after-login", String.class);
    stats.hookStarted("after-user-create", String.class);
    stats.hookFailed(failure("after-login", new IllegalStateException("secret")));
    HookStats.Counts counts = stats.of("after-login", "java.lang.String");
    assertEquals(2, counts.runs());
    assertEquals(1, counts.failures());
    assertEquals(0, counts.timeouts());
    assertEquals(0, counts.rejections());
    HookStats.LastFailure last = counts.lastFailure().orElseThrow();
    assertEquals(NOON, last.at());
    assertEquals(HookStats.FailureKind.FAILED, last.kind());
    assertEquals(Optional.of("java.lang.IllegalStateException"), last.exception());
    assertEquals(1, stats.of("after-user-create", "java.lang.String").runs());
    assertEquals(0, stats.of("before-login", "java.lang.String").runs());
  }

  @Test
  void aHookPastItsTimeLimitIsATimeout() {
    try (ConsoleFixture service = new ConsoleFixture()) {
      Login login = new Login(ConsoleFixture.user("a@example.com", "A"), null);
      service.wiring.afterLogin(
          login, HookContext.builder().metadata("slow", "yes").build());
      HookStats.Counts counts =
          service.stats.of("after-login", ConsoleFixture.HOOKS + "AfterLogin");
      assertEquals(1, counts.runs());
      assertEquals(1, counts.timeouts());
      assertEquals(0, counts.failures());
      HookStats.LastFailure last = counts.lastFailure().orElseThrow();
      assertEquals(HookStats.FailureKind.TIMED_OUT, last.kind());
      assertEquals(Optional.of(HookTimeoutException.class.getName()), last.exception());
    }
  }

  @Test
  void aRejectionIsNoFailure() {
    stats.hookFailed(new HookFailure(
        "before-user-create",
        String.class,
        Consequence.ABORTED,
        "rejected the operation",
        Optional.of(new HookRejection("no")),
        Optional.empty()));
    HookStats.Counts counts = stats.of("before-user-create", "java.lang.String");
    assertEquals(1, counts.rejections());
    assertEquals(0, counts.failures());
    assertTrue(counts.lastFailure().isEmpty());
  }

  @Test
  void alongsideTellsTheHostsListenerWhatItListensTo() {
    List<String> heard = new ArrayList<>();
    HookListener host = new HookListener() {
      @Override
      public void hookFailed(HookFailure failure) {
        heard.add("failed " + failure.event());
      }

      @Override
      public void hookSwitched(HookSwitch change) {
        heard.add("switched " + change.event());
      }
    };
    HookListener both = stats.alongside(host);
    assertTrue(both.traces());
    both.hookStarted("after-login", String.class);
    both.hookSucceeded("after-login", String.class, null, Duration.ZERO);
    both.hookFailed(failure("after-login", new IllegalStateException()));
    both.hookSwitched(HookSwitch.off("after-login", String.class));
    assertEquals(List.of("failed after-login", "switched after-login"), heard);
    assertEquals(1, stats.of("after-login", "java.lang.String").runs());
    assertEquals(1, stats.of("after-login", "java.lang.String").failures());
  }

  private static HookFailure failure(String event, Throwable error) {
    return new HookFailure(
        event,
        String.class,
        Consequence.ISOLATED,
        "threw " + error,
        Optional.of(error),
        Optional.empty());
  }
}
