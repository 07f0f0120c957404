package dev.hookwire.sample;

import java.util.Locale;
import java.util.Set;

/** Email domains that hand out throwaway inboxes. */
public final class DisposableDomains {
  private static final Set<String> DOMAINS = Set.of(
      "mailinator.com", "guerrillamail.com", "10minutemail.com", "yopmail.com", "trashmail.com");

  private DisposableDomains() {}

  public static boolean isDisposable(String email) {
    if (email == null) {
      return false;
    }
    int at = email.lastIndexOf('@');
    return at >= 0 && DOMAINS.contains(email.substring(at + 1).strip().toLowerCase(Locale.ROOT));
  }
}
