package dev.hookwire.security;

import dev.hookwire.auth.AuthHooks;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.provisioning.UserDetailsManager;

/**
 * Makes an application's {@link UserDetailsManager} bean fire the user events without changing
 * its type: a class-based proxy (an interface proxy when the class is final) that is still a
 * {@code JdbcUserDetailsManager} (or whatever it was, {@code GroupManager} included), whose {@code
 * createUser} goes through a {@link HookwireUserDetailsManager}, and which is also a {@link
 * HookedUserDetailsManager}. Every other method reaches the bean itself.
 */
public final class UserDetailsManagerProxies {
  private UserDetailsManagerProxies() {}

  /** The proxy of {@code users}; a manager that already fires the events is returned as it is. */
  public static UserDetailsManager hooked(
      UserDetailsManager users, AuthHooks hooks, SecurityHookMapping mapping) {
    if (users instanceof HookedUserDetailsManager) {
      return users;
    }
    HookwireUserDetailsManager hooked = new HookwireUserDetailsManager(users, hooks, mapping);
    UserDetailsManager unhooked = new Unhooked(users);
    ProxyFactory proxy = new ProxyFactory(users);
    proxy.setProxyTargetClass(!Modifier.isFinal(users.getClass().getModifiers()));
    proxy.addInterface(HookedUserDetailsManager.class);
    proxy.addAdvice((MethodInterceptor) invocation -> {
      Method method = invocation.getMethod();
      Object[] arguments = invocation.getArguments();
      boolean oneUser = arguments.length == 1 && arguments[0] instanceof UserDetails;
      switch (method.getName()) {
        case "createUser" -> {
          if (oneUser) {
            hooked.createUser((UserDetails) arguments[0]);
            return null;
          }
        }
        case "createUserAsAdmin" -> {
          if (oneUser) {
            hooked.createUserAsAdmin((UserDetails) arguments[0]);
            return null;
          }
        }
        case "unhooked" -> {
          if (arguments.length == 0) {
            return unhooked; // not the target itself, which a proxy would return as the proxy
          }
        }
        default -> {}
      }
      return invocation.proceed();
    });
    return (UserDetailsManager) proxy.getProxy(users.getClass().getClassLoader());
  }

  /** The bean's own methods, reached past the proxy. */
  private record Unhooked(UserDetailsManager users) implements UserDetailsManager {
    @Override
    public void createUser(UserDetails user) {
      users.createUser(user);
    }

    @Override
    public void updateUser(UserDetails user) {
      users.updateUser(user);
    }

    @Override
    public void deleteUser(String username) {
      users.deleteUser(username);
    }

    @Override
    public void changePassword(String oldPassword, String newPassword) {
      users.changePassword(oldPassword, newPassword);
    }

    @Override
    public boolean userExists(String username) {
      return users.userExists(username);
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
      return users.loadUserByUsername(username);
    }
  }
}
