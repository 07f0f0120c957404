package dev.hookwire.spring.console.shop.hooks;

import dev.hookwire.spring.WelcomeMail;
import dev.hookwire.spring.console.shop.Order;

/**
 * Mails the receipt through the application's {@link WelcomeMail} bean; fails for {@code
 * fail@example.com} with a secret in the message.
 */
public final class AfterOrderPlace {
  /** What the failure's message holds, which no response may show. */
  public static final String SECRET = "password=hunter2";

  private final WelcomeMail mail;

  public AfterOrderPlace(WelcomeMail mail) {
    this.mail = mail;
  }

  public void handle(Order order) {
    if ("fail@example.com".equals(order.email())) {
      throw new IllegalStateException("could not connect with " + SECRET);
    }
    mail.send("receipt " + order.id() + " to " + order.email());
  }
}
