package dev.hookwire.bench.dispatch;

import dev.hookwire.auth.AdminCreateUserFilter;
import dev.hookwire.auth.User;
import dev.hookwire.bench.support.AdminUserCreated;
import dev.hookwire.bench.support.UserCreated;
import dev.hookwire.bench.support.UserCreating;
import dev.hookwire.runtime.HookContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * Spring's {@link ApplicationEventPublisher#publishEvent(Object)} with the hooks registered as
 * beans whose {@code @EventListener} methods receive the events (synchronous, default multicaster).
 */
public final class SpringHost extends UserCreateHooks implements AutoCloseable {
  private final AnnotationConfigApplicationContext context =
      new AnnotationConfigApplicationContext();
  private final ApplicationEventPublisher publisher = context;
  private final AdminCreateUserFilter adminFilter = new AdminCreateUserFilter();

  public SpringHost(HookSet hooks) {
    hooks.all().forEach(hook -> register(context, hook));
    context.refresh();
  }

  private static <T> void register(GenericApplicationContext context, T hook) {
    @SuppressWarnings("unchecked")
    Class<T> type = (Class<T>) hook.getClass();
    context.registerBean(type.getName(), type, () -> hook);
  }

  @Override
  public User beforeUserCreate(User user, HookContext ctx) {
    UserCreating event = new UserCreating(user, ctx);
    publisher.publishEvent(event);
    return event.user();
  }

  @Override
  public void afterUserCreate(User user, HookContext ctx) {
    publisher.publishEvent(new UserCreated(user, ctx));
    if (adminFilter.test(user, ctx)) {
      publisher.publishEvent(new AdminUserCreated(user, ctx));
    }
  }

  @Override
  public void close() {
    context.close();
  }
}
