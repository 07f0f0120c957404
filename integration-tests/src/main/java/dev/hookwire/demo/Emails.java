package dev.hookwire.demo;

import java.util.Locale;
import java.util.Set;

/** Email address checks the demo's hooks use. */
public final class Emails {
  private static final Set<String> DISPOSABLE_DOMAINS = Set.of(
      "mailinator.com",
      "guerrillamail.com",
      "10minutemail.com",
      "yopmail.com",
      "trashmail.com",
      "tempmail.dev");

  private Emails() {}

  /** The part after the last {@code @}, lowercased; empty when there is none. */
  public static String domainOf(String email) {
    int at = email == null ? -1 : email.lastIndexOf('@');
    return at < 0 ? "" : email.substring(at + 1).strip().toLowerCase(Locale.ROOT);
  }

  /** Whether the address belongs to a throwaway-inbox provider (or one of its subdomains). */
  public static boolean isDisposable(String email) {
    String domain = domainOf(email);
    for (String disposable : DISPOSABLE_DOMAINS) {
      if (domain.equals(disposable) || domain.endsWith("." + disposable)) {
        return true;
      }
    }
    return false;
  }
}
