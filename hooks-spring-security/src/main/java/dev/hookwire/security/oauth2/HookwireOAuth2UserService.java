package dev.hookwire.security.oauth2;

import dev.hookwire.auth.AuthHooks;
import dev.hookwire.security.SecurityHookMapping;
import java.util.Objects;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.security.provisioning.UserDetailsManager;

/**
 * The user service of a plain OAuth2 {@code oauth2Login()} (a provider without OIDC, such as
 * GitHub): as {@link HookwireOidcUserService}, the first sign-in of an unknown user creates it.
 */
public final class HookwireOAuth2UserService
    implements OAuth2UserService<OAuth2UserRequest, OAuth2User> {
  private final OAuth2UserService<OAuth2UserRequest, OAuth2User> delegate;
  private final FirstSignIn firstSignIn;

  /** @param users where users are stored (a hooked manager is unwrapped: the events fire once) */
  public HookwireOAuth2UserService(
      OAuth2UserService<OAuth2UserRequest, OAuth2User> delegate,
      UserDetailsManager users,
      AuthHooks hooks,
      SecurityHookMapping mapping) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.firstSignIn = new FirstSignIn(users, hooks, mapping);
  }

  @Override
  public OAuth2User loadUser(OAuth2UserRequest request) throws OAuth2AuthenticationException {
    OAuth2User loaded = delegate.loadUser(request);
    firstSignIn.createIfNew(loaded, request.getClientRegistration().getRegistrationId());
    return loaded;
  }
}
