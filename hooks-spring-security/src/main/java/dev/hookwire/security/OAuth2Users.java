package dev.hookwire.security;

import dev.hookwire.auth.User;
import java.time.Instant;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.util.ClassUtils;

/**
 * The default mapping of OAuth2/OIDC logins, used only when {@code spring-security-oauth2-client}
 * is on the class path (its types appear in no signature, so the mapping loads without it).
 */
final class OAuth2Users {
  private static final boolean CLIENT_PRESENT = ClassUtils.isPresent(
      "org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken",
      OAuth2Users.class.getClassLoader());

  private OAuth2Users() {}

  static boolean isLogin(Authentication request) {
    return CLIENT_PRESENT && Client.isLogin(request);
  }

  /** {@code "password"}, or the client registration id of an OAuth2 login ("github"...). */
  static String provider(Authentication request) {
    return CLIENT_PRESENT ? Client.provider(request) : "password";
  }

  /**
   * The user of an OAuth2/OIDC authentication, whose {@code id} is the OAuth2 user's name (the
   * username its first sign-in stored); any other principal is a user named by {@code getName()}.
   */
  static User user(Authentication authentication) {
    if (CLIENT_PRESENT && authentication.getPrincipal() instanceof OAuth2User oauth2User) {
      return Client.user(oauth2User);
    }
    Instant now = Instant.now();
    String name = authentication.getName();
    return new User(name, name, name.contains("@") ? name : null, false, null, now, now);
  }

  /** Touches the OAuth2 client types only when they are present. */
  private static final class Client {
    static boolean isLogin(Authentication request) {
      return request instanceof OAuth2LoginAuthenticationToken;
    }

    static String provider(Authentication request) {
      if (request instanceof OAuth2LoginAuthenticationToken login) {
        return login.getClientRegistration().getRegistrationId();
      }
      if (request instanceof OAuth2AuthenticationToken token) {
        return token.getAuthorizedClientRegistrationId();
      }
      return "password";
    }

    static User user(OAuth2User user) {
      Instant now = Instant.now();
      String email = user.getAttribute("email");
      String name = user.getAttribute("name");
      Boolean verified = user.getAttribute("email_verified");
      String picture = user.getAttribute("picture");
      if (user instanceof OidcUser oidc) {
        email = oidc.getEmail();
        name = oidc.getFullName();
        verified = oidc.getEmailVerified();
        picture = oidc.getPicture();
      }
      return new User(
          user.getName(),
          name == null ? user.getName() : name,
          email,
          Boolean.TRUE.equals(verified),
          picture,
          now,
          now);
    }
  }
}
