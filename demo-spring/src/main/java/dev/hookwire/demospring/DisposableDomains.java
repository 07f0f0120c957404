package dev.hookwire.demospring;

import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Email domains that hand out throw-away addresses: sign-ups from them are rejected. */
@Component
public class DisposableDomains {
  private static final Set<String> DOMAINS =
      Set.of("mailinator.com", "guerrillamail.com", "10minutemail.com", "yopmail.com");

  /** Whether the address is at a disposable domain (or one of its subdomains). */
  public boolean isDisposable(String email) {
    if (email == null || email.indexOf('@') < 0) {
      return false;
    }
    String domain = email.substring(email.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    return DOMAINS.stream().anyMatch(d -> domain.equals(d) || domain.endsWith("." + d));
  }
}
