package dev.hookwire.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hookwire.runtime.HookChange;
import dev.hookwire.runtime.HookFailure;
import dev.hookwire.runtime.HookListener;
import dev.hookwire.runtime.HookSwitch;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Several listeners as one: failures to all, traces to the tracing ones, one's exception never silencing the rest. */
class CompositeHookListenerTest {
  private static final HookFailure FAILURE = new HookFailure(
      "after-user-create",
      String.class,
      HookFailure.Consequence.ISOLATED,
      "threw",
      Optional.empty(),
      Optional.empty());

  private static HookListener recording(List<String> heard, String name, boolean traces) {
    return new HookListener() {
      @Override
      public void hookFailed(HookFailure failure) {
        heard.add(name + " failed");
      }

      @Override
      public boolean traces() {
        return traces;
      }

      @Override
      public void hookSucceeded(String event, Class<?> hook, Object result, Duration duration) {
        heard.add(name + " succeeded");
      }

      @Override
      public void hookSwitched(HookSwitch change) {
        heard.add(name + " switched");
      }

      @Override
      public void hookChanged(HookChange change) {
        heard.add(name + " changed");
      }
    };
  }

  @Test
  void liveSwitchesAndVersionChangesGoToEveryListener() {
    List<String> heard = new CopyOnWriteArrayList<>();
    HookListener both = CompositeHookListener.of(
        List.of(recording(heard, "quiet", false), recording(heard, "tracing", true)));
    both.hookSwitched(HookSwitch.off("after-user-create", String.class));
    both.hookChanged(new HookChange(
        java.time.Instant.EPOCH,
        HookChange.Action.DEPLOY,
        "before-user-create",
        "com.acme.GateSignup",
        "1",
        "2",
        "ada",
        "stricter"));
    assertThat(heard)
        .containsExactly("quiet switched", "tracing switched", "quiet changed", "tracing changed");
  }

  @Test
  void failuresGoToEveryListenerAndTracesOnlyToTheTracingOnes() {
    List<String> heard = new CopyOnWriteArrayList<>();
    HookListener both = CompositeHookListener.of(
        List.of(recording(heard, "quiet", false), recording(heard, "tracing", true)));
    assertThat(both.traces()).isTrue();
    both.hookFailed(FAILURE);
    both.hookSucceeded("after-user-create", String.class, null, Duration.ZERO);
    assertThat(heard).containsExactly("quiet failed", "tracing failed", "tracing succeeded");
    assertThat(CompositeHookListener.of(
                List.of(recording(heard, "a", false), recording(heard, "b", false)))
            .traces())
        .isFalse();
  }

  @Test
  void aThrowingListenerDoesNotKeepTheOthersFromHearingAndItsExceptionIsRethrown() {
    List<String> heard = new CopyOnWriteArrayList<>();
    HookListener broken = failure -> {
      throw new IllegalStateException("listener bug");
    };
    HookListener both = CompositeHookListener.of(List.of(broken, recording(heard, "after", false)));
    assertThatThrownBy(() -> both.hookFailed(FAILURE)).hasMessage("listener bug");
    assertThat(heard).containsExactly("after failed");
  }
}
