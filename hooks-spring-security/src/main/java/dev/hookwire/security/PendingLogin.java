package dev.hookwire.security;

import dev.hookwire.auth.User;
import dev.hookwire.runtime.HookContext;
import jakarta.servlet.http.HttpServletRequest;

/**
 * A login that succeeded and whose after-login has not run yet: kept as a request attribute from
 * the moment the credentials were checked until the session strategy (or, for a login that
 * creates no session, the end of the request) fires after-login. Taking it removes it, so
 * after-login runs once.
 */
record PendingLogin(User user, HookContext ctx) {
  private static final String ATTRIBUTE = PendingLogin.class.getName();

  void keep(HttpServletRequest request) {
    request.setAttribute(ATTRIBUTE, this);
  }

  /** The pending login of this request, removed; null when there is none. */
  static PendingLogin take(HttpServletRequest request) {
    Object pending = request.getAttribute(ATTRIBUTE);
    if (pending == null) {
      return null;
    }
    request.removeAttribute(ATTRIBUTE);
    return (PendingLogin) pending;
  }
}
