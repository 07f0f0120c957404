package dev.hookwire.security;

import dev.hookwire.auth.AuthHooks;
import dev.hookwire.auth.Login;
import dev.hookwire.runtime.HookAbortedException;
import dev.hookwire.runtime.HookContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Objects;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * An {@link AuthenticationManager} that fires before-login before the delegate checks the
 * credentials of a {@linkplain SecurityHookMapping#isLogin login}, and arranges after-login once
 * they were accepted. Every other request (client authentication, bearer tokens, the authorization
 * server's own) passes through untouched.
 *
 * <p>A before-login that rejects, fails or times out fails the login with a {@link
 * HookDeniedException} and the credentials are never checked; a login the delegate refuses
 * (a wrong password) fires before-login only.
 *
 * <p>After a success inside an HTTP request, after-login waits for the session: {@link
 * HookwireSessionAuthenticationStrategy} fires it with the session it created, or {@link
 * LoginCompletionFilter} at the end of a request that created none (HTTP Basic). Outside a
 * request it fires at once, without a session.
 */
public final class HookwireAuthenticationManager implements AuthenticationManager {
  private final AuthenticationManager delegate;
  private final AuthHooks hooks;
  private final SecurityHookMapping mapping;

  public HookwireAuthenticationManager(
      AuthenticationManager delegate, AuthHooks hooks, SecurityHookMapping mapping) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.hooks = Objects.requireNonNull(hooks, "hooks");
    this.mapping = Objects.requireNonNull(mapping, "mapping");
  }

  @Override
  public Authentication authenticate(Authentication request) throws AuthenticationException {
    if (!mapping.isLogin(request)) {
      return delegate.authenticate(request);
    }
    HttpServletRequest http = HookRequests.current();
    HookContext ctx = HookRequests.context(http);
    try {
      hooks.beforeLogin(mapping.attempt(request, http), ctx);
    } catch (HookAbortedException e) {
      HookDeniedException denial = new HookDeniedException(e);
      Denials.record(denial);
      throw denial;
    }
    Authentication result = delegate.authenticate(request);
    PendingLogin pending = new PendingLogin(mapping.user(result), ctx);
    if (http != null) {
      pending.keep(http);
    } else {
      hooks.afterLogin(new Login(pending.user(), null), ctx);
    }
    return result;
  }
}
