package dev.hookwire.it.deps;

import dev.hookwire.annotations.Hook;
import dev.hookwire.annotations.Order;
import dev.hookwire.auth.User;
import dev.hookwire.it.support.Mailer;

/** Mails the new user. */
@Hook("after-user-create")
@Order(1)
public final class SendWelcome {
  private final Mailer mailer;

  public SendWelcome(Mailer mailer) {
    this.mailer = mailer;
  }

  public void handle(User user) {
    mailer.send(user.email(), "welcome");
  }
}
