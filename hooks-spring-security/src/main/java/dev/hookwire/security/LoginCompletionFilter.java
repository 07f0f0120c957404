package dev.hookwire.security;

import dev.hookwire.auth.AuthHooks;
import dev.hookwire.auth.Login;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * First in the security filter chain: fires after-login, without a session, for a login that ran
 * no session strategy (HTTP Basic, which stores no session) once the rest of the chain returned;
 * and turns the bare 401 of a login a hook denied into a JSON body with the hook's message ({@link
 * Denials}).
 */
public final class LoginCompletionFilter extends OncePerRequestFilter {
  private final AuthHooks hooks;

  public LoginCompletionFilter(AuthHooks hooks) {
    this.hooks = Objects.requireNonNull(hooks, "hooks");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, Denials.answering(request, response));
    } finally {
      PendingLogin pending = PendingLogin.take(request);
      if (pending != null) {
        hooks.afterLogin(new Login(pending.user(), null), pending.ctx());
      }
    }
  }
}
