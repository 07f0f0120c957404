package dev.hookwire.spring.web;

import dev.hookwire.spring.Calls;
import dev.hookwire.spring.WelcomeMail;
import org.springframework.stereotype.Component;

/** The service's own bean, which its {@code AfterUserCreate} hook takes in its constructor. */
@Component
class SignUpMail implements WelcomeMail {
  @Override
  public void send(String email) {
    Calls.record(SignUpMail.class, email);
  }
}
