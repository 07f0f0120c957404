package com.acme.hooks;

import dev.hookwire.annotations.Durable;
import dev.hookwire.annotations.Hook;
import dev.hookwire.annotations.Order;
import dev.hookwire.auth.User;

@Hook("after-user-create")
@Durable
@Order(5)
public final class SendWelcomeMail {
  public void handle(User user) {}
}
