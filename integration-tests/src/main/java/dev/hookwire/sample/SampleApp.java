package dev.hookwire.sample;

import dev.hookwire.auth.AuthHooks;
import dev.hookwire.auth.Session;
import dev.hookwire.auth.User;
import dev.hookwire.runtime.HookAbortedException;
import dev.hookwire.runtime.HookContext;
import dev.hookwire.runtime.HookFailure;
import dev.hookwire.runtime.HookRuntime;
import dev.hookwire.sample.hooks.HookWiring;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scripted session of a tiny auth host: it calls the generated {@link HookWiring} at each
 * lifecycle point, as an auth server would, and prints what the hooks did.
 *
 * <pre>{@code
 * mvn -q -DskipTests -Pdemo package
 * }</pre>
 */
public final class SampleApp {
  private static final Instant NOW = Instant.parse("2025-01-01T09:00:00Z");

  private final Directory directory = new Directory();
  private final AuthHooks hooks =
      new HookWiring(HookRuntime.builder().listener(SampleApp::printFailure).build());
  private int step;

  public static void main(String[] args) {
    new SampleApp().run();
  }

  private void run() {
    System.out.println(
        "Hookwire sample: the hooks of dev.hookwire.sample.hooks, wired to AuthHooks");

    signUp(
        user("u1", "  Ada Lovelace  ", "ada@example.com"), request("/sign-up").build());
    signUp(user("u2", "Temp", "temp@mailinator.com"), request("/sign-up").build());
    signUp(
        user("u3", "Grace Hopper", "grace@example.com"),
        request("/admin/create-user").metadata("admin", "root").build());
    signIn(
        new Session(
            "s1",
            "u1",
            "tok_s1",
            NOW.plus(Duration.ofDays(7)),
            "203.0.113.7",
            "curl/8.5",
            null,
            NOW,
            NOW),
        request("/sign-in").build());
    claims(new LinkedHashMap<>(Map.of("sub", "u1")));

    System.out.println();
    System.out.println(
        "Directory now holds: workspaces=" + directory.workspaces().size()
            + ", audit lines=" + directory.auditLog().size()
            + ", outbox=" + directory.outbox().size()
            + ", active sessions=" + directory.activeOrganizations().size());
  }

  /** A sign-up as the host runs it: before-hooks, store, after-hooks. */
  private void signUp(User user, HookContext ctx) {
    heading("Sign-up at " + ctx.path()
        + ctx.metadata("admin").map(a -> " by admin " + a).orElse("") + ": " + describe(user));
    User stored;
    try {
      stored = hooks.beforeUserCreate(user, ctx);
    } catch (HookAbortedException e) {
      detail(
          "before-user-create",
          "rejected, the user sees: "
              + e.userMessage().orElse("Sign-up is not possible right now."));
      return;
    }
    detail(
        "before-user-create",
        stored == user
            ? "no change"
            : "stored " + describe(stored) + " (a new User; the input still reads \"" + user.name()
                + "\")");
    int seen = directory.journal().size();
    hooks.afterUserCreate(stored, ctx); // the user is committed: provisioning, audit, welcome
    List<String> effects = directory.journal().subList(seen, directory.journal().size());
    String label = null;
    for (String effect : effects) {
      // The sample's after-admin-user-create hook is the one that queues messages.
      String event = effect.startsWith("queued ") ? "after-admin-user-create" : "after-user-create";
      detail(event.equals(label) ? "" : event, effect);
      label = event;
    }
    if (effects.stream().noneMatch(e -> e.startsWith("queued "))) {
      detail("after-admin-user-create", "not run: the path is not /admin/create-user");
    }
  }

  private void signIn(Session session, HookContext ctx) {
    heading("Sign-in of " + session.userId() + ": session " + session.id());
    Session stored = hooks.beforeSessionCreate(session, ctx);
    hooks.afterSessionCreate(stored, ctx);
    detail(
        "after-session-create",
        "active organization of " + stored.id() + " is "
            + directory.activeOrganizations().get(stored.id()));
  }

  private void claims(Map<String, String> data) {
    heading("Custom claims of u1: " + data);
    Map<String, String> claims =
        hooks.transformCustomUserData(data, request("/oauth/userinfo").build());
    detail("transform-custom-user-data", claims + " (the input is still " + data + ")");
  }

  private HookContext.Builder request(String path) {
    return HookContext.builder()
        .path(path)
        .env("DEFAULT_PLAN", "pro")
        .service(Directory.class, directory);
  }

  private static User user(String id, String name, String email) {
    return new User(id, name, email, false, null, NOW, NOW);
  }

  private static String describe(User user) {
    return user.id() + " \"" + user.name() + "\" <" + user.email() + ">";
  }

  private void heading(String text) {
    System.out.println();
    System.out.println(++step + ". " + text);
  }

  private static void detail(String label, String text) {
    System.out.printf("   %-27s %s%n", label.isEmpty() ? "" : label + ":", text);
  }

  private static void printFailure(HookFailure failure) {
    String hook = failure.hook().getSimpleName();
    String error =
        failure.isRejection() ? failure.exception().orElseThrow().getMessage() : failure.reason();
    System.out.println("   [listener] " + failure.event() + " " + hook + ": " + error + " ("
        + failure.consequence().description() + ")");
  }
}
