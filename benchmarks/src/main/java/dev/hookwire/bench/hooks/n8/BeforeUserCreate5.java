package dev.hookwire.bench.hooks.n8;

import com.google.common.eventbus.AllowConcurrentEvents;
import dev.hookwire.annotations.Hook;
import dev.hookwire.auth.User;
import dev.hookwire.auth.UserPatch;
import dev.hookwire.bench.support.BeforeUserHook;
import dev.hookwire.bench.support.UserCreating;
import dev.hookwire.runtime.HookContext;
import org.springframework.context.event.EventListener;

/**
 * {@code before-user-create} hook 5 of 8: returns a patch, so every dispatch merges. The
 * event buses have no return values: their subscribers merge into the mutable event instead.
 */
@Hook("before-user-create")
public final class BeforeUserCreate5 implements BeforeUserHook {
  @Override
  public UserPatch handle(User user, HookContext ctx) {
    return UserPatch.of().emailVerified(!user.emailVerified());
  }

  @com.google.common.eventbus.Subscribe
  @AllowConcurrentEvents
  public void onGuava(UserCreating event) {
    event.merge(handle(event.user(), event.ctx()));
  }

  @org.greenrobot.eventbus.Subscribe
  public void onGreenrobot(UserCreating event) {
    event.merge(handle(event.user(), event.ctx()));
  }

  @EventListener
  public void onSpring(UserCreating event) {
    event.merge(handle(event.user(), event.ctx()));
  }
}
