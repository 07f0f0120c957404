package dev.hookwire.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hookwire.auth.AdminCreateUserFilter;
import dev.hookwire.auth.AuthHooks;
import dev.hookwire.auth.Session;
import dev.hookwire.auth.User;
import dev.hookwire.it.support.RecordingListener;
import dev.hookwire.runtime.HookAbortedException;
import dev.hookwire.runtime.HookContext;
import dev.hookwire.runtime.HookFailure;
import dev.hookwire.runtime.HookFailure.Consequence;
import dev.hookwire.runtime.HookRejection;
import dev.hookwire.runtime.HookRuntime;
import dev.hookwire.sample.hooks.AfterUserCreate;
import dev.hookwire.sample.hooks.AuditSignup;
import dev.hookwire.sample.hooks.BeforeUserCreate;
import dev.hookwire.sample.hooks.HookWiring;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sample hooks package {@code dev.hookwire.sample.hooks}, exercised through its generated wiring. */
class SampleHooksTest {
  private static final Instant NOW = Instant.parse("2025-01-01T09:00:00Z");

  private final Directory directory = new Directory();
  private final RecordingListener listener = new RecordingListener();
  private final AuthHooks hooks =
      new HookWiring(HookRuntime.builder().listener(listener).build());

  private HookContext.Builder request(String path) {
    return HookContext.builder()
        .path(path)
        .env("DEFAULT_PLAN", "pro")
        .service(Directory.class, directory);
  }

  private static User user(String id, String name, String email) {
    return new User(id, name, email, false, null, NOW, NOW);
  }

  @Nested
  class BeforeUserCreateHook {
    @Test
    void trimsTheNameIntoANewUserAndLeavesTheInputAlone() {
      User input = user("u1", " \tAda Lovelace  ", "ada@example.com");

      User stored = hooks.beforeUserCreate(input, request("/sign-up").build());

      assertNotSame(input, stored);
      assertEquals(
          user("u1", "Ada Lovelace", "ada@example.com"),
          stored,
          "only the name changed; the id is kept");
      assertEquals(" \tAda Lovelace  ", input.name());
      assertEquals(List.of(), listener.failures());
    }

    @Test
    void returnsTheSameInstanceWhenThereIsNothingToChange() {
      User trimmed = user("u1", "Ada Lovelace", "ada@example.com");
      User nameless = user("u2", null, "anon@example.com");

      assertSame(trimmed, hooks.beforeUserCreate(trimmed, request("/sign-up").build()));
      assertSame(nameless, hooks.beforeUserCreate(nameless, request("/sign-up").build()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"temp@mailinator.com", "Temp@MAILINATOR.com", "x@yopmail.com"})
    void rejectsDisposableEmailAddressesWithAMessageForTheUser(String email) {
      User input = user("u1", " Temp ", email);

      HookAbortedException e = assertThrows(
          HookAbortedException.class,
          () -> hooks.beforeUserCreate(input, request("/sign-up").build()));

      assertTrue(e.isRejection());
      assertEquals(Optional.of("Disposable email addresses are not allowed."), e.userMessage());
      assertEquals("before-user-create", e.event());
      assertEquals(BeforeUserCreate.class, e.hook());
      assertInstanceOf(HookRejection.class, e.getCause());
      HookFailure reported = listener.single();
      assertEquals(Consequence.ABORTED, reported.consequence());
      assertTrue(reported.isRejection());
    }
  }

  @Nested
  class AfterUserCreateHooks {
    private final User ada = user("u1", "Ada Lovelace", "ada@example.com");

    @Test
    void provisionTheWorkspaceThenAuditTheSignUp() {
      hooks.afterUserCreate(ada, request("/sign-up").build());

      assertEquals(
          List.of("workspace ws_u1 provisioned", "audit signed up: ada@example.com via /sign-up"),
          directory.journal(),
          "AfterUserCreate (order 0) runs before AuditSignup (order 10)");
      assertEquals(Map.of("ws_u1", "Ada Lovelace's workspace"), directory.workspaces());
      assertEquals(List.of(), directory.outbox(), "no welcome for a normal sign-up");
      assertEquals(List.of(), listener.failures());
    }

    @Test
    void anAdminCreatedUserAlsoGetsAWelcomeMessage() {
      hooks.afterUserCreate(
          ada, request(AdminCreateUserFilter.PATH).metadata("admin", "root").build());

      assertEquals(List.of("welcome ada@example.com (created by root)"), directory.outbox());
      assertEquals(
          List.of(
              "workspace ws_u1 provisioned",
              "audit signed up: ada@example.com via /admin/create-user",
              "queued welcome ada@example.com (created by root)"),
          directory.journal(),
          "the virtual event's hooks run after the base event's");
    }

    @Test
    void theWelcomeNamesAnAdminWhenTheRequestDoesNot() {
      hooks.afterUserCreate(ada, request("/admin/create-user").build());

      assertEquals(List.of("welcome ada@example.com (created by an admin)"), directory.outbox());
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "/sign-up",
          "",
          "/admin/create-user/",
          "/admin/create-users",
          "/ADMIN/create-user"
        })
    void otherPathsRunOnlyTheBaseEventsHooks(String path) {
      hooks.afterUserCreate(ada, request(path).build());

      assertEquals(List.of(), directory.outbox());
      assertEquals(List.of("signed up: ada@example.com via " + path), directory.auditLog());
      assertEquals(Map.of("ws_u1", "Ada Lovelace's workspace"), directory.workspaces());
    }

    @Test
    void failuresAreIsolatedAndReported() {
      // No Directory in the context: each hook throws IllegalStateException from ctx.service.
      HookContext noServices = HookContext.builder().path("/admin/create-user").build();

      hooks.afterUserCreate(ada, noServices);

      List<HookFailure> failures = listener.failures();
      assertEquals(
          List.of(
              AfterUserCreate.class,
              AuditSignup.class,
              dev.hookwire.sample.hooks.AfterAdminUserCreate.class),
          failures.stream().map(HookFailure::hook).toList());
      assertEquals(
          List.of("after-user-create", "after-user-create", "after-admin-user-create"),
          failures.stream().map(HookFailure::event).toList());
      failures.forEach(f -> assertEquals(Consequence.ISOLATED, f.consequence()));
      failures.forEach(
          f -> assertInstanceOf(IllegalStateException.class, f.exception().orElseThrow()));
    }
  }

  @Test
  void afterSessionCreateMakesThePersonalWorkspaceTheActiveOrganization() {
    Session session = new Session(
        "s1", "u1", "tok_s1", NOW.plusSeconds(3600), "203.0.113.7", "curl/8.5", null, NOW, NOW);

    assertSame(
        session,
        hooks.beforeSessionCreate(session, request("/sign-in").build()),
        "no before-session-create hook");
    hooks.afterSessionCreate(session, request("/sign-in").build());

    assertEquals(Map.of("s1", "ws_u1"), directory.activeOrganizations());
    assertEquals(List.of(), listener.failures());
  }

  @Nested
  class TransformCustomUserDataHook {
    private final Map<String, String> input = new HashMap<>(Map.of("sub", "u1", "role", "member"));

    @Test
    void addsThePlanClaimFromTheEnvironmentAndLeavesTheInputAlone() {
      Map<String, String> claims =
          hooks.transformCustomUserData(input, request("/oauth/userinfo").build());

      assertEquals(Map.of("sub", "u1", "role", "member", "plan", "pro"), claims);
      assertEquals(Map.of("sub", "u1", "role", "member"), input);
      assertEquals(List.of(), listener.failures());
    }

    @Test
    void defaultsToTheFreePlan() {
      Map<String, String> claims = hooks.transformCustomUserData(input, HookContext.empty());

      assertEquals("free", claims.get("plan"));
      assertEquals(Map.of("sub", "u1", "role", "member"), input);
    }
  }
}
