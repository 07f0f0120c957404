package dev.hookwire.auth;

import dev.hookwire.annotations.AfterEvent;
import dev.hookwire.annotations.BeforeEvent;
import dev.hookwire.annotations.EventCatalog;
import dev.hookwire.annotations.Timeout;
import dev.hookwire.annotations.TransformEvent;
import dev.hookwire.annotations.VirtualEvent;
import dev.hookwire.runtime.HookContext;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The built-in auth catalog: the events an auth server fires around sign-up, sessions, logins and
 * OAuth claims. It is declared like any host catalog; the host calls these methods on the
 * generated {@code HookWiring} at each lifecycle point.
 *
 * <pre>{@code
 * AuthHooks hooks = new HookWiring(HookRuntime.defaults());
 * User toInsert = hooks.beforeUserCreate(user, ctx);   // merged; throws HookAbortedException to abort
 * db.insert(toInsert);
 * hooks.afterUserCreate(toInsert, ctx);                // never throws for a failing hook
 * }</pre>
 */
@EventCatalog
public interface AuthHooks {

  /** Gate or normalise a sign-up before the user is stored. Returns the merged user. */
  @BeforeEvent
  User beforeUserCreate(User user, HookContext ctx);

  /**
   * The user is committed: provision what they need. Also runs the {@code
   * after-admin-user-create} hooks when the request path is {@code /admin/create-user}.
   */
  @AfterEvent
  @VirtualEvent(name = "after-admin-user-create", filter = AdminCreateUserFilter.class)
  void afterUserCreate(User user, HookContext ctx);

  /** Adjust a session before it is stored. Returns the merged session. */
  @BeforeEvent
  Session beforeSessionCreate(Session session, HookContext ctx);

  /** The session is stored, for example to set the active organization. */
  @AfterEvent
  void afterSessionCreate(Session session, HookContext ctx);

  /** Deny a login by throwing {@link dev.hookwire.runtime.HookRejection}. */
  @BeforeEvent
  LoginAttempt beforeLogin(LoginAttempt attempt, HookContext ctx);

  /** Backfill on login; a failure or a timeout never blocks the login. */
  @AfterEvent
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void afterLogin(Login login, HookContext ctx);

  /** Resolve the tenant fields of an OAuth request's context. Returns the merged context. */
  @BeforeEvent
  AppContext resolveOauthContext(AppContext context, HookContext ctx);

  /** Shape the custom claims of a user; falls back to the input on error, timeout or null. */
  @TransformEvent
  @Timeout(value = 5, unit = TimeUnit.SECONDS)
  Map<String, String> transformCustomUserData(Map<String, String> data, HookContext ctx);
}
