package dev.hookwire.bench.dispatch;

import dev.hookwire.auth.AdminCreateUserFilter;
import dev.hookwire.auth.User;
import dev.hookwire.bench.support.AdminUserCreated;
import dev.hookwire.bench.support.UserCreated;
import dev.hookwire.bench.support.UserCreating;
import dev.hookwire.runtime.HookContext;
import org.greenrobot.eventbus.EventBus;

/**
 * greenrobot's {@link EventBus} (3.3.1, plain Java) with the subscriber index its annotation
 * processor generated at build time ({@link BenchEventBusIndex}), so registration finds the
 * subscriber methods without reflection. Delivery is on the posting thread; otherwise defaults.
 */
public final class GreenrobotHost extends UserCreateHooks {
  private final EventBus bus =
      EventBus.builder().addIndex(new BenchEventBusIndex()).build();
  private final AdminCreateUserFilter adminFilter = new AdminCreateUserFilter();

  public GreenrobotHost(HookSet hooks) {
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
