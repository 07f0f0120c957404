package dev.hookwire.security;

import dev.hookwire.auth.LoginAttempt;
import dev.hookwire.auth.Session;
import dev.hookwire.auth.User;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * How Spring Security's types become the auth catalog's records, and how a hook's changes reach
 * what Spring stores. An application with its own user model declares one bean of this type
 * (overriding the methods it needs); the {@linkplain #defaults() default} fits {@code
 * UserDetailsManager}s such as {@code JdbcUserDetailsManager}, whose only user fields are a
 * username, a password, authorities and flags:
 *
 * <ul>
 *   <li>A user's {@code id} is the username; so is its {@code email} when the username contains
 *       {@code @}, and its {@code name}. {@code emailVerified} is false, {@code image} null, the
 *       instants are the time of the mapping.
 *   <li>A before-user-create patch reaches the stored user through {@link #stored}: the email it
 *       sets becomes the stored username when the username was the email (nothing is stored yet,
 *       so no identity is lost); the other fields have no place in a {@code UserDetails} and are
 *       kept only by an application's own mapping.
 *   <li>A login is an authentication request of a user ({@link #isLogin}): a {@code
 *       UsernamePasswordAuthenticationToken} (form login, HTTP Basic) or an OAuth2/OIDC login;
 *       client authentication, bearer tokens and the authorization server's own requests are not.
 *   <li>A session's {@code id} is the HTTP session's id ({@code null} before it exists), its
 *       {@code token} is never given to hooks ({@code null}), and a patch's {@code expiresAt}
 *       becomes the session's inactivity limit and its {@code activeOrganizationId} the session
 *       attribute {@value #ACTIVE_ORGANIZATION}.
 * </ul>
 */
public interface SecurityHookMapping {

  /** The HTTP session (and stored authorization) attribute holding the active organization. */
  String ACTIVE_ORGANIZATION = "hookwire.activeOrganizationId";

  /** The default mapping, described on this interface. */
  static SecurityHookMapping defaults() {
    return new SecurityHookMapping() {};
  }

  /** The user a {@code UserDetails} describes: about to be created, created, or signed in. */
  default User user(UserDetails details) {
    String username = details.getUsername();
    Instant now = Instant.now();
    return new User(
        username, username, username.contains("@") ? username : null, false, null, now, now);
  }

  /**
   * What is stored for a user after before-user-create merged the hooks' patches into {@code
   * merged}.
   */
  default UserDetails stored(User merged, UserDetails requested) {
    String username = requested.getUsername();
    if (username.contains("@") && merged.email() != null && !merged.email().equals(username)) {
      return org.springframework.security.core.userdetails.User.withUserDetails(requested)
          .username(merged.email())
          .build();
    }
    return requested;
  }

  /** The user after-user-create hooks see: {@code merged} as {@link #stored} stored it. */
  default User created(User merged, UserDetails stored) {
    String username = stored.getUsername();
    return new User(
        username,
        merged.name(),
        username.contains("@") ? username : merged.email(),
        merged.emailVerified(),
        merged.image(),
        merged.createdAt(),
        merged.updatedAt());
  }

  /** The user of a successful authentication. */
  default User user(Authentication authentication) {
    if (authentication.getPrincipal() instanceof UserDetails details) {
      return user(details);
    }
    return OAuth2Users.user(authentication);
  }

  /** Whether this authentication request is a user signing in (and fires the login events). */
  default boolean isLogin(Authentication request) {
    return request instanceof UsernamePasswordAuthenticationToken || OAuth2Users.isLogin(request);
  }

  /** The attempt before-login hooks see; {@code request} is null outside an HTTP request. */
  default LoginAttempt attempt(Authentication request, HttpServletRequest http) {
    String provider = OAuth2Users.provider(request);
    String email = provider.equals("password") ? request.getName() : null;
    return new LoginAttempt(
        email,
        provider,
        http == null ? null : http.getRemoteAddr(),
        http == null ? null : http.getHeader("User-Agent"));
  }

  /**
   * The HTTP session before-session-create hooks see: {@code existing} is the session the request
   * already has (its id changed by session-fixation protection), or null when one is about to be
   * created.
   */
  default Session session(User user, HttpSession existing, HttpServletRequest request) {
    Instant now = Instant.now();
    return new Session(
        existing == null ? null : existing.getId(),
        user.id(),
        null,
        null,
        request.getRemoteAddr(),
        request.getHeader("User-Agent"),
        null,
        now,
        now);
  }

  /** Writes what a before-session-create patch changed into the session about to be used. */
  default void apply(Session merged, HttpSession session) {
    if (merged.expiresAt() != null) {
      long seconds = merged.expiresAt().getEpochSecond() - Instant.now().getEpochSecond();
      session.setMaxInactiveInterval((int) Math.max(1, Math.min(Integer.MAX_VALUE, seconds)));
    }
    if (merged.activeOrganizationId() != null) {
      session.setAttribute(ACTIVE_ORGANIZATION, merged.activeOrganizationId());
    }
  }

  /** The session after-session-create and after-login hooks see: {@code merged} with its id. */
  default Session created(Session merged, HttpSession session) {
    return new Session(
        session.getId(),
        merged.userId(),
        null,
        merged.expiresAt(),
        merged.ipAddress(),
        merged.userAgent(),
        merged.activeOrganizationId(),
        merged.createdAt(),
        merged.updatedAt());
  }

  /**
   * The claims no hook may change in a token: {@code sub}, {@code iss}, {@code aud}, {@code iat},
   * {@code exp}, {@code jti}, and the claims named after the protected fields of {@code
   * AppContext} ({@code authenticated}, {@code user_id}, {@code user}).
   */
  default Set<String> protectedClaims() {
    return Set.of("sub", "iss", "aud", "iat", "exp", "jti", "authenticated", "user_id", "user");
  }
}
