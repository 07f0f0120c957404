package dev.hookwire.security;

import dev.hookwire.auth.AuthHooks;
import dev.hookwire.auth.Login;
import dev.hookwire.auth.Session;
import dev.hookwire.runtime.HookAbortedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Objects;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.session.SessionAuthenticationException;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;

/**
 * The session of a login: wraps the strategy Spring Security runs when an authentication filter
 * (form login, OAuth2/OIDC login) accepted a user. After the delegate (session-fixation
 * protection, concurrency control) it fires before-session-create, creates the HTTP session (or
 * keeps the one the request has) and applies the merged patch to it, then after-session-create and
 * the {@linkplain PendingLogin pending} after-login with that session.
 *
 * <p>A before-session-create that rejects, fails or times out fails the login (the filter's
 * failure handler answers with its message) and after-login does not run; a session the request
 * did not have before is not created.
 */
public final class HookwireSessionAuthenticationStrategy implements SessionAuthenticationStrategy {
  private final SessionAuthenticationStrategy delegate;
  private final AuthHooks hooks;
  private final SecurityHookMapping mapping;

  public HookwireSessionAuthenticationStrategy(
      SessionAuthenticationStrategy delegate, AuthHooks hooks, SecurityHookMapping mapping) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.hooks = Objects.requireNonNull(hooks, "hooks");
    this.mapping = Objects.requireNonNull(mapping, "mapping");
  }

  @Override
  public void onAuthentication(
      Authentication authentication, HttpServletRequest request, HttpServletResponse response)
      throws SessionAuthenticationException {
    delegate.onAuthentication(authentication, request, response);
    PendingLogin pending = PendingLogin.take(request);
    if (pending == null) {
      return; // not a login this adapter saw (an authentication manager it does not wrap)
    }
    Session merged;
    try {
      merged = hooks.beforeSessionCreate(
          mapping.session(pending.user(), request.getSession(false), request), pending.ctx());
    } catch (HookAbortedException e) {
      throw new HookDeniedException(e);
    }
    HttpSession session = request.getSession(true);
    mapping.apply(merged, session);
    Session created = mapping.created(merged, session);
    hooks.afterSessionCreate(created, pending.ctx());
    hooks.afterLogin(new Login(pending.user(), created), pending.ctx());
  }
}
