package dev.hookwire.bench.hooks.n8;

import com.google.common.eventbus.AllowConcurrentEvents;
import dev.hookwire.annotations.Hook;
import dev.hookwire.auth.User;
import dev.hookwire.bench.support.AdminUserCreated;
import dev.hookwire.bench.support.AfterUserHook;
import dev.hookwire.bench.support.Sink;
import dev.hookwire.runtime.HookContext;
import org.springframework.context.event.EventListener;

/**
 * {@code after-admin-user-create} hook 3 of 8. The {@code on*} methods subscribe this same
 * object to the event buses the benchmark compares; Hookwire and the hand-written baselines call
 * {@link #handle}.
 */
@Hook("after-admin-user-create")
public final class AfterAdminUserCreate3 implements AfterUserHook {
  @Override
  public void handle(User user, HookContext ctx) {
    Sink.after(user, 103);
  }

  @com.google.common.eventbus.Subscribe
  @AllowConcurrentEvents
  public void onGuava(AdminUserCreated event) {
    handle(event.user(), event.ctx());
  }

  @org.greenrobot.eventbus.Subscribe
  public void onGreenrobot(AdminUserCreated event) {
    handle(event.user(), event.ctx());
  }

  @EventListener
  public void onSpring(AdminUserCreated event) {
    handle(event.user(), event.ctx());
  }
}
