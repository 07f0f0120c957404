package dev.hookwire.security;

import dev.hookwire.auth.AdminCreateUserFilter;
import dev.hookwire.auth.AuthHooks;
import dev.hookwire.auth.User;
import dev.hookwire.runtime.HookAbortedException;
import dev.hookwire.runtime.HookContext;
import java.util.Objects;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.provisioning.UserDetailsManager;

/**
 * A {@link UserDetailsManager} that fires before-user-create and after-user-create around {@link
 * #createUser}: the stored user is the one the before-hooks' patches made ({@link
 * SecurityHookMapping#stored}); after-user-create runs once the delegate stored it, with the user
 * as stored ({@link SecurityHookMapping#created}), and its failures never undo the sign-up.
 *
 * <p><b>The admin path.</b> after-admin-user-create runs when the {@link HookContext}'s path is
 * {@value AdminCreateUserFilter#PATH}: the path of the current HTTP request, so an admin endpoint
 * mapped there needs nothing more; code that creates users for an admin elsewhere (another path,
 * a job, a command line) calls {@link #createUserAsAdmin}.
 *
 * <p>A before-hook that rejects, fails or times out stops the sign-up with a {@link
 * HookDeniedException} and nothing is stored. The other methods delegate unchanged.
 */
public final class HookwireUserDetailsManager implements HookedUserDetailsManager {
  private final UserDetailsManager delegate;
  private final AuthHooks hooks;
  private final SecurityHookMapping mapping;

  public HookwireUserDetailsManager(
      UserDetailsManager delegate, AuthHooks hooks, SecurityHookMapping mapping) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.hooks = Objects.requireNonNull(hooks, "hooks");
    this.mapping = Objects.requireNonNull(mapping, "mapping");
  }

  @Override
  public UserDetailsManager unhooked() {
    return delegate;
  }

  @Override
  public void createUser(UserDetails user) {
    create(user, HookRequests.context());
  }

  @Override
  public void createUserAsAdmin(UserDetails user) {
    create(
        user,
        HookRequests.context().toBuilder().path(AdminCreateUserFilter.PATH).build());
  }

  private void create(UserDetails requested, HookContext ctx) {
    User merged;
    try {
      merged = hooks.beforeUserCreate(mapping.user(requested), ctx);
    } catch (HookAbortedException e) {
      throw new HookDeniedException(e);
    }
    UserDetails stored = mapping.stored(merged, requested);
    delegate.createUser(stored);
    hooks.afterUserCreate(mapping.created(merged, stored), ctx);
  }

  @Override
  public void updateUser(UserDetails user) {
    delegate.updateUser(user);
  }

  @Override
  public void deleteUser(String username) {
    delegate.deleteUser(username);
  }

  @Override
  public void changePassword(String oldPassword, String newPassword) {
    delegate.changePassword(oldPassword, newPassword);
  }

  @Override
  public boolean userExists(String username) {
    return delegate.userExists(username);
  }

  @Override
  public UserDetails loadUserByUsername(String username) throws UsernameNotFoundException {
    return delegate.loadUserByUsername(username);
  }
}
