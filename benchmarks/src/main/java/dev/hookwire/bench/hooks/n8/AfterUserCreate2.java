package dev.hookwire.bench.hooks.n8;

import com.google.common.eventbus.AllowConcurrentEvents;
import dev.hookwire.annotations.Hook;
import dev.hookwire.auth.User;
import dev.hookwire.bench.support.AfterUserHook;
import dev.hookwire.bench.support.Sink;
import dev.hookwire.bench.support.UserCreated;
import dev.hookwire.runtime.HookContext;
import org.springframework.context.event.EventListener;

/**
 * {@code after-user-create} hook 2 of 8. The {@code on*} methods subscribe this same object to the
 * event buses the benchmark compares; Hookwire and the hand-written baselines call {@link
 * #handle}.
 */
@Hook("after-user-create")
public final class AfterUserCreate2 implements AfterUserHook {
  @Override
  public void handle(User user, HookContext ctx) {
    Sink.after(user, 2);
  }

  @com.google.common.eventbus.Subscribe
  @AllowConcurrentEvents
  public void onGuava(UserCreated event) {
    handle(event.user(), event.ctx());
  }

  @org.greenrobot.eventbus.Subscribe
  public void onGreenrobot(UserCreated event) {
    handle(event.user(), event.ctx());
  }

  @EventListener
  public void onSpring(UserCreated event) {
    handle(event.user(), event.ctx());
  }
}
