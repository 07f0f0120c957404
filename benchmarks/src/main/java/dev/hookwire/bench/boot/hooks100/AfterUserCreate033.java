package dev.hookwire.bench.boot.hooks100;

import dev.hookwire.annotations.Hook;
import dev.hookwire.auth.User;
import dev.hookwire.bench.support.Sink;
import dev.hookwire.bench.support.UserCreated;
import dev.hookwire.runtime.HookContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Refresh-benchmark hook 33 of 100. */
@Hook("after-user-create")
@Component
public final class AfterUserCreate033 {
  public void handle(User user, HookContext ctx) {
    Sink.after(user, 33);
  }

  @EventListener
  public void onSpring(UserCreated event) {
    handle(event.user(), event.ctx());
  }
}
