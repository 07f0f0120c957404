package dev.hookwire.bench.dispatch;

import dev.hookwire.auth.AppContext;
import dev.hookwire.auth.AuthHooks;
import dev.hookwire.auth.Login;
import dev.hookwire.auth.LoginAttempt;
import dev.hookwire.auth.Session;
import dev.hookwire.runtime.HookContext;
import java.util.Map;

/**
 * The base of every hand-written and event-bus contender: they implement the auth catalog, as the
 * generated wiring does, so that the host calls all of them the same way ({@link Host}). Only the
 * two user-create events have hooks; the others do nothing, as in a generated wiring without hooks
 * for them. The contract is the generated one: {@code beforeUserCreate} returns the user merged
 * with every hook's patch; {@code afterUserCreate} runs the after-user-create hooks, then the
 * after-admin-user-create hooks when the path is {@code /admin/create-user}.
 */
public abstract class UserCreateHooks implements AuthHooks {
  @Override
  public Session beforeSessionCreate(Session session, HookContext ctx) {
    return session;
  }

  @Override
  public void afterSessionCreate(Session session, HookContext ctx) {}

  @Override
  public LoginAttempt beforeLogin(LoginAttempt attempt, HookContext ctx) {
    return attempt;
  }

  @Override
  public void afterLogin(Login login, HookContext ctx) {}

  @Override
  public AppContext resolveOauthContext(AppContext context, HookContext ctx) {
    return context;
  }

  @Override
  public Map<String, String> transformCustomUserData(Map<String, String> data, HookContext ctx) {
    return data;
  }
}
