package dev.hookwire.bench.dispatch;

import com.google.common.eventbus.EventBus;
import dev.hookwire.auth.AdminCreateUserFilter;
import dev.hookwire.auth.User;
import dev.hookwire.bench.support.AdminUserCreated;
import dev.hookwire.bench.support.UserCreated;
import dev.hookwire.bench.support.UserCreating;
import dev.hookwire.runtime.HookContext;

/**
 * Guava's {@link EventBus} with the hooks registered as subscribers ({@code @Subscribe
 * @AllowConcurrentEvents}, so Guava adds no lock). The virtual event is a second event the host
 * posts when the filter holds.
 */
public final class GuavaHost extends UserCreateHooks {
  private final EventBus bus = new EventBus("hookwire-bench");
  private final AdminCreateUserFilter adminFilter = new AdminCreateUserFilter();

  public GuavaHost(HookSet hooks) {
    hooks.all().forEach(bus::register);
  }

  @Override
  public User beforeUserCreate(User user, HookContext ctx) {
    UserCreating event = new UserCreating(user, ctx);
    bus.post(event);
    return event.user();
  }

  @Override
  public void afterUserCreate(User user, HookContext ctx) {
    bus.post(new UserCreated(user, ctx));
    if (adminFilter.test(user, ctx)) {
      bus.post(new AdminUserCreated(user, ctx));
    }
  }
}
