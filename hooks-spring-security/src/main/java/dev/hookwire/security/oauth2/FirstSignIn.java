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
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.security.provisioning.UserDetailsManager;

/**
 * The first sign-in of an OAuth2/OIDC user the application does not know: stores it, firing
 * before-user-create and after-user-create once. The user is stored in the {@link
 * UserDetailsManager} under the OAuth2 user's name (its {@code sub} for OIDC, by default), with
 * the authority {@code ROLE_USER} and a random password nobody knows; the hooks see the user
 * {@link SecurityHookMapping#user(org.springframework.security.core.Authentication)} makes of the
 * OAuth2 user (its email, name and picture). A returning user fires nothing.
 */
final class FirstSignIn {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final UserDetailsManager users;
  private final AuthHooks hooks;
  private final SecurityHookMapping mapping;

  /** A {@link HookedUserDetailsManager} is unwrapped, so the events fire here, once. */
  FirstSignIn(UserDetailsManager users, AuthHooks hooks, SecurityHookMapping mapping) {
    this.users = users instanceof HookedUserDetailsManager hooked
        ? hooked.unhooked()
        : Objects.requireNonNull(users, "users");
    this.hooks = Objects.requireNonNull(hooks, "hooks");
    this.mapping = Objects.requireNonNull(mapping, "mapping");
  }

  void createIfNew(OAuth2User loaded, String registrationId) {
    if (users.userExists(loaded.getName())) {
      return;
    }
    HookContext ctx = HookRequests.context();
    User user = mapping.user(
        new OAuth2AuthenticationToken(loaded, loaded.getAuthorities(), registrationId));
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
  }

  private static String unusablePassword() {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    return "{noop}" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
  }
}
