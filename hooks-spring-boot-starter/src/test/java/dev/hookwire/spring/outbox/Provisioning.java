package dev.hookwire.spring.outbox;

import dev.hookwire.auth.User;
import dev.hookwire.runtime.DurableHook;
import dev.hookwire.runtime.DurableWiring;
import dev.hookwire.runtime.HookContext;
import dev.hookwire.runtime.HookRuntime;
import dev.hookwire.runtime.internal.Dispatch;
import dev.hookwire.runtime.internal.HookSite;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A wiring with one durable after-user-create hook, written as the processor writes one (its
 * dispatcher records, its {@code durableHooks()} delivers), so that the starter's tests need no
 * hooks package of their own on the shared test class path.
 */
final class Provisioning implements DurableWiring {
  static final HookSite SITE =
      HookSite.of("after-user-create", Provisioning.class).durably();

  /** {@code <user id>/<event id>} per delivery. */
  final List<String> delivered = new CopyOnWriteArrayList<>();

  private final Dispatch dispatch;

  Provisioning() {
    dispatch = HookRuntime.defaults().dispatchFor(Provisioning.class.getPackageName());
    dispatch.declare(SITE);
    dispatch.ready();
  }

  void afterUserCreate(User user, HookContext ctx) {
    dispatch.open("after-user-create");
    dispatch.record(user, ctx, List.of(SITE), this);
  }

  @Override
  public List<DurableHook<?>> durableHooks() {
    return List.of(dispatch.durable(
        SITE,
        User.class,
        (user, ctx) ->
            delivered.add(user.id() + "/" + ctx.metadata(DurableHook.EVENT_ID).orElseThrow())));
  }
}
