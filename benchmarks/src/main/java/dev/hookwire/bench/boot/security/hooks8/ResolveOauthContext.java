package dev.hookwire.bench.boot.security.hooks8;

import dev.hookwire.auth.AppContext;
import dev.hookwire.auth.AppContextPatch;
import dev.hookwire.bench.boot.security.LoginCounter;

/** Security-benchmark hook: sets the role. */
public final class ResolveOauthContext {
  private final LoginCounter counter;

  public ResolveOauthContext(LoginCounter counter) {
    this.counter = counter;
  }

  public AppContextPatch handle(AppContext context) {
    counter.saw(context.userId());
    return AppContextPatch.of().role(context.authenticated() ? "member" : "service");
  }
}
