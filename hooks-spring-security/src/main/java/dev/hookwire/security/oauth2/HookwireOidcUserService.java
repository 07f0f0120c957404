package dev.hookwire.security.oauth2;

import dev.hookwire.auth.AuthHooks;
import dev.hookwire.security.SecurityHookMapping;
import java.util.Objects;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.provisioning.UserDetailsManager;

/**
 * The user service of an OIDC {@code oauth2Login()}: the delegate loads the user, and the first
 * sign-in of one the application does not know creates it ({@link FirstSignIn}). A
 * before-user-create that rejects, fails or times out fails the login with the OAuth2 error
 * {@code access_denied} and its description (the login page's error), and nothing is stored.
 */
public final class HookwireOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {
  private final OAuth2UserService<OidcUserRequest, OidcUser> delegate;
  private final FirstSignIn firstSignIn;

  /** @param users where users are stored (a hooked manager is unwrapped: the events fire once) */
  public HookwireOidcUserService(
      OAuth2UserService<OidcUserRequest, OidcUser> delegate,
      UserDetailsManager users,
      AuthHooks hooks,
      SecurityHookMapping mapping) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.firstSignIn = new FirstSignIn(users, hooks, mapping);
  }

  @Override
  public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
    OidcUser loaded = delegate.loadUser(request);
    firstSignIn.createIfNew(loaded, request.getClientRegistration().getRegistrationId());
    return loaded;
  }
}
