package dev.hookwire.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.provisioning.UserDetailsManager;

/**
 * A {@link UserDetailsManager} whose {@code createUser} fires the user events: a {@link
 * HookwireUserDetailsManager}, or the starter's proxy of an application's manager (which keeps
 * its class, so a {@code JdbcUserDetailsManager} is still injectable as one).
 */
public interface HookedUserDetailsManager extends UserDetailsManager {

  /**
   * Creates a user on an admin's behalf wherever the call comes from: after-admin-user-create
   * runs as on the request path {@value dev.hookwire.auth.AdminCreateUserFilter#PATH}.
   */
  void createUserAsAdmin(UserDetails user);

  /** The manager that stores, without the hooks (for a caller that fires the events itself). */
  UserDetailsManager unhooked();
}
