package dev.hookwire.security.oauth2;

import dev.hookwire.auth.AuthHooks;
import dev.hookwire.auth.User;
import dev.hookwire.runtime.HookAbortedException;
import dev.hookwire.runtime.HookContext;
import dev.hookwire.security.HookRequests;
import dev.hookwire.security.HookedUserDetailsManager;
import dev.hookwire.security.SecurityHookMapping;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.provisioning.UserDetailsManager;

/**
 * The {@code OidcUserService} of {@code oauth2Login()}: the first sign-in of a user the
 * application does not know creates it, firing before-user-create and after-user-create. The
 * user is stored in the {@link UserDetailsManager} under the OIDC user's name (its {@code sub} by
 * default), with the authority {@code ROLE_USER} and a random password nobody knows (so it cannot
 * sign in with a password); a returning user fires nothing here.
 *
 * <p>A before-user-create that rejects, fails or times out fails the login with the OAuth2 error
 * {@code access_denied} and its description, and nothing is stored.
 */
public final class HookwireOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final OAuth2UserService<OidcUserRequest, OidcUser> delegate;
  private final UserDetailsManager users;
  private final AuthHooks hooks;
  private final SecurityHookMapping mapping;

  /**
   * @param users where users are stored; a {@link HookedUserDetailsManager} is unwrapped, so the
   *     user events fire once, here, with the OIDC user's fields
   */
  public HookwireOidcUserService(
      OAuth2UserService<OidcUserRequest, OidcUser> delegate,
      UserDetailsManager users,
      AuthHooks hooks,
      SecurityHookMapping mapping) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.users = users instanceof HookedUserDetailsManager hooked
        ? hooked.unhooked()
        : Objects.requireNonNull(users, "users");
    this.hooks = Objects.requireNonNull(hooks, "hooks");
    this.mapping = Objects.requireNonNull(mapping, "mapping");
  }

  @Override
  public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
    OidcUser loaded = delegate.loadUser(request);
    if (users.userExists(loaded.getName())) {
      return loaded;
    }
    HookContext ctx = HookRequests.context();
    User user = mapping.user(new OAuth2AuthenticationToken(
        loaded, loaded.getAuthorities(), request.getClientRegistration().getRegistrationId()));
    User merged;
    try {
      merged = hooks.beforeUserCreate(user, ctx);
    } catch (HookAbortedException e) {
      throw HookwireAuthorizationService.denied(e);
    }
    UserDetails requested = org.springframework.security.core.userdetails.User.withUsername(
            loaded.getName())
        .password(unusablePassword())
        .authorities("ROLE_USER")
        .build();
    UserDetails stored = mapping.stored(merged, requested);
    users.createUser(stored);
    hooks.afterUserCreate(mapping.created(merged, stored), ctx);
    return loaded;
  }

  private static String unusablePassword() {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    return "{noop}" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
  }
}
