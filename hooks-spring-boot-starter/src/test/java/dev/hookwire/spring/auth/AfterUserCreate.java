package dev.hookwire.spring.auth;

import dev.hookwire.auth.User;
import dev.hookwire.spring.Calls;
import dev.hookwire.spring.WelcomeMail;

/** Records the sign-up and sends the welcome mail through the application's bean. */
public final class AfterUserCreate {
  private final WelcomeMail mail;

  public AfterUserCreate(WelcomeMail mail) {
    this.mail = mail;
  }

  public void handle(User user) {
    Calls.record(AfterUserCreate.class, user.email());
    mail.send(user.email());
  }
}
