package com.acme.hooks;

import dev.hookwire.auth.Login;
import java.util.List;
import java.util.Map;

public final class AfterLogin {
  public AfterLogin(
      int retries, // error: The constructor of hook class AfterLogin takes int retries, a primitive: HookWiring looks each constructor argument up in HookDependencies by its class
      List<String> admins, // error: The constructor of hook class AfterLogin takes List<String> admins, of a generic type: HookWiring looks each constructor argument up in HookDependencies by its class, which cannot tell one List from another
      @SuppressWarnings("rawtypes") Map raw, // error: The constructor of hook class AfterLogin takes Map raw, of a generic type
      AfterLogin self, // error: The constructor of hook class AfterLogin takes AfterLogin self, the hook itself: HookWiring is what creates it, so it has none to pass. Remove the parameter.
      Secret secret, // error: The constructor of hook class AfterLogin takes AfterLogin.Secret secret, which HookWiring, in package com.acme.hooks, cannot name: com.acme.hooks.AfterLogin.Secret is not public. Make com.acme.hooks.AfterLogin.Secret public.
      Settings settings,
      String[] names) {} // error: The constructor of hook class AfterLogin takes String[] names, which is neither a class nor an interface

  private static final class Secret {}

  /** Package-private and in the hooks package: the wiring can name it. */
  static final class Settings {}

  public void handle(Login l) {}
}
