package dev.hookwire.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hookwire.annotations.Timeout;
import dev.hookwire.auth.User;
import dev.hookwire.demo.DemoFixture.Answer;
import dev.hookwire.demo.hooks.AfterLogin;
import dev.hookwire.demo.hooks.AfterUserCreate;
import dev.hookwire.it.support.RecordingListener;
import dev.hookwire.runtime.DurableHook;
import dev.hookwire.runtime.HookContext;
import dev.hookwire.runtime.HookFailure;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The demo service's data safety, against its real (H2) database over real HTTP: what a hook's
 * rejection, an after-hook's failure, a slow after-hook and concurrent sign-ups leave in the
 * tables.
 */
class DataSafetyTest {
  private final RecordingListener listener = new RecordingListener();
  private DemoFixture demo;

  @AfterEach
  void stop() throws SQLException {
    if (demo != null) {
      demo.close();
    }
  }

  private DemoFixture start(Map<String, String> hookEnv) throws IOException, SQLException {
    demo = new DemoFixture(hookEnv, listener);
    return demo;
  }

  @Test
  void aBeforeHookRejectionWritesNoRowAndTheClientGetsTheHooksMessage() throws Exception {
    start(Map.of());
    assertEquals(201, demo.signUp("ada@example.com", "Ada").status());
    demo.awaitOutbox();
    Map<String, Integer> before = demo.rowCounts();
    long events = demo.count("SELECT COUNT(*) FROM hookwire_outbox");

    Answer signUp = demo.signUp("temp@mailinator.com", "Temp");
    Answer adminCreate = demo.post(
        "/admin/create-user", DemoFixture.ADMIN_TOKEN, "email", "x@sub.yopmail.com", "name", "X");

    for (Answer rejected : List.of(signUp, adminCreate)) {
      assertEquals(400, rejected.status(), rejected::toString);
      assertEquals(Map.of("error", "Disposable email addresses are not allowed."), rejected.body());
      assertEquals(
          List.of(
              "before-user-create BeforeUserCreate: rejected: Disposable email addresses are not allowed."),
          rejected.trace(),
          "no after-hook ran");
    }
    assertEquals(before, demo.rowCounts(), "no user, organization, member, session or outbox row");
    assertEquals(
        events, demo.count("SELECT COUNT(*) FROM hookwire_outbox"), "no durable event recorded");
    assertEquals(
        0,
        demo.count(
            "SELECT COUNT(*) FROM \"user\" WHERE email IN (?, ?)",
            "temp@mailinator.com",
            "x@sub.yopmail.com"));
    assertTrue(
        listener.failures().stream().allMatch(HookFailure::isRejection),
        listener.failures()::toString);
  }

  @Test
  void aFailingDurableProvisioningLeavesTheUserCommittedIsRetriedAndRedeliveriesCreateNoDuplicate()
      throws Exception {
    start(Map.of());
    demo.execute(
        "ALTER TABLE organization RENAME TO organization_away"); // the provisioning now fails

    Answer signUp = demo.signUp("ada@example.com", " Ada ");

    assertEquals(201, signUp.status(), signUp::toString);
    Map<String, Object> json = signUp.object("user");
    String userId = (String) json.get("id");
    assertEquals(
        1,
        demo.count("SELECT COUNT(*) FROM \"user\" WHERE id = ? AND name = 'Ada'", userId),
        "the user is committed");
    assertTrue(
        signUp.trace().stream()
            .anyMatch(line ->
                line.startsWith("after-user-create AfterUserCreate: recorded durable as event ")),
        signUp.trace()::toString);
    // The workers run it after the commit, fail, and retry with backoff: the event stays pending.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (demo.count("SELECT COUNT(*) FROM hookwire_outbox WHERE attempts >= 2") == 0) {
      assertTrue(System.nanoTime() < deadline, "the workers never retried");
      Thread.sleep(20);
    }
    assertEquals(
        1,
        demo.count(
            "SELECT COUNT(*) FROM hookwire_outbox WHERE status = 'PENDING' AND target = ?",
            AfterUserCreate.class.getName()));

    demo.execute("ALTER TABLE organization_away RENAME TO organization");
    demo.awaitOutbox();
    assertEquals(1, demo.count("SELECT COUNT(*) FROM organization WHERE id = ?", "org_" + userId));

    // Delivered again: two more events for the same user, then the hook run by hand eight times
    // at once with the first event's id, as a worker retaking a lapsed claim would.
    User user = new User(
        userId,
        "Ada",
        "ada@example.com",
        false,
        null,
        Instant.parse((String) json.get("createdAt")),
        Instant.parse((String) json.get("createdAt")));
    for (int i = 0; i < 2; i++) {
      try (Connection connection = demo.dataSource.getConnection()) {
        connection.setAutoCommit(false);
        demo.server
            .hooks()
            .afterUserCreate(
                user,
                demo.server
                    .outbox()
                    .context(connection, HookContext.builder().path("/sign-up").build()));
        connection.commit();
      }
    }
    demo.awaitOutbox();
    String eventId = demo.string(
        "SELECT MIN(event_id) FROM hookwire_outbox WHERE target = ?",
        AfterUserCreate.class.getName());
    HookContext redelivery =
        HookContext.builder().metadata(DurableHook.EVENT_ID, eventId).build();
    AfterUserCreate hook = new AfterUserCreate(demo.dataSource);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> reruns = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        reruns.add(pool.submit(() -> {
          hook.handle(user, redelivery);
          return null;
        }));
      }
      for (Future<?> rerun : reruns) {
        rerun.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    // And the after-login backfill, which re-runs the same provisioning on every sign-in.
    assertEquals(200, demo.signIn("ada@example.com").status());
    assertEquals(200, demo.signIn("ada@example.com").status());

    assertEquals(1, demo.count("SELECT COUNT(*) FROM organization WHERE id = ?", "org_" + userId));
    assertEquals(1, demo.count("SELECT COUNT(*) FROM member WHERE user_id = ?", userId));
    assertEquals(
        Map.of("user", 1, "session", 2, "organization", 1, "member", 1, "outbox", 0),
        demo.rowCounts());
    assertEquals(
        3,
        demo.count(
            "SELECT COUNT(*) FROM hookwire_outbox WHERE status = 'DELIVERED' AND target = ?",
            AfterUserCreate.class.getName()));
    assertEquals(List.of(), listener.failures(), "the failed deliveries were retried, not lost");
  }

  @Test
  void afterAdminUserCreateQueuesOneWelcomeOnlyForAdminCreatedUsers() throws Exception {
    start(Map.of());
    assertEquals(201, demo.signUp("ada@example.com", "Ada").status());
    Answer created = demo.post(
        "/admin/create-user",
        DemoFixture.ADMIN_TOKEN,
        "email",
        "grace@example.com",
        "name",
        "Grace");
    assertEquals(201, created.status(), created::toString);
    assertTrue(
        created
            .trace()
            .contains(
                "after-admin-user-create AfterAdminUserCreate: queued welcome-email to grace@example.com"),
        created.trace()::toString);

    String graceId = (String) created.object("user").get("id");
    User grace =
        new User(graceId, "Grace", "grace@example.com", false, null, Instant.now(), Instant.now());
    HookContext adminCtx = HookContext.builder().path("/admin/create-user").build();
    try (Connection connection = demo.dataSource.getConnection()) {
      connection.setAutoCommit(false);
      demo.server // re-run: no second message
          .hooks()
          .afterUserCreate(grace, demo.server.outbox().context(connection, adminCtx));
      connection.commit();
    }
    demo.awaitOutbox();

    assertEquals(1, demo.count("SELECT COUNT(*) FROM outbox"));
    assertEquals(
        1,
        demo.count(
            "SELECT COUNT(*) FROM outbox WHERE recipient = 'grace@example.com' AND kind = 'welcome-email'"));
    assertEquals(List.of(), listener.failures());
  }

  @Test
  void adminCreateNeedsTheAdminTokenAndWritesNothingWithoutIt() throws Exception {
    start(Map.of());
    Map<String, Integer> before = demo.rowCounts();

    assertEquals(
        401, demo.post("/admin/create-user", null, "email", "grace@example.com").status());
    Answer wrong = demo.post("/admin/create-user", "not-the-token", "email", "grace@example.com");

    assertEquals(403, wrong.status());
    assertEquals(List.of(), wrong.trace(), "no hook ran");
    assertEquals(before, demo.rowCounts());
  }

  @Test
  void meReturnsTheClaimsTheHooksShaped() throws Exception {
    start(Map.of("DEFAULT_PLAN", "team"));
    String userId = (String)
        demo.signUp("ada@example.com", "  Ada Lovelace ").object("user").get("id");
    demo.awaitOutbox(); // the durable provisioning ran
    String token = demo.signIn("ada@example.com").string("token");

    Answer me = demo.get("/me", token);

    assertEquals(200, me.status(), me::toString);
    assertEquals(
        Map.of(
            "sub",
            userId,
            "email",
            "ada@example.com",
            "email_verified",
            "false",
            "name",
            "Ada Lovelace",
            "org_id",
            "org_" + userId,
            "role",
            "owner",
            "org_name",
            "Ada Lovelace's workspace",
            "plan",
            "team"),
        me.object("claims"));
    assertEquals(401, demo.get("/me", null).status());
    assertEquals(401, demo.get("/me", "forged").status());
  }

  @Test
  void aDuplicateEmailIsAConflictAndWritesNothing() throws Exception {
    start(Map.of());
    assertEquals(201, demo.signUp("ada@example.com", "Ada").status());
    demo.awaitOutbox();
    Map<String, Integer> before = demo.rowCounts();

    Answer again = demo.signUp("ADA@example.com ", "Ada again");

    assertEquals(409, again.status(), again::toString);
    assertEquals(before, demo.rowCounts());
  }

  /**
   * The after-login backfill sleeps far longer than its {@code @Timeout}; the sign-in must answer
   * within that timeout (plus a margin for the request itself), and the login stands.
   */
  @Test
  void aSlowAfterLoginNeverDelaysTheSignInResponsePastItsTimeout() throws Exception {
    Timeout timeout = AfterLogin.class.getAnnotation(Timeout.class);
    assertNotNull(timeout, "AfterLogin declares its timeout");
    Duration limit = Duration.ofNanos(timeout.unit().toNanos(timeout.value()));
    Duration backfill = limit.multipliedBy(5);
    start(Map.of("BACKFILL_DELAY_MS", String.valueOf(backfill.toMillis())));
    assertEquals(201, demo.signUp("ada@example.com", "Ada").status());

    long start = System.nanoTime();
    Answer signIn = demo.signIn("ada@example.com");
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertEquals(200, signIn.status(), signIn::toString);
    assertTrue(
        took.compareTo(limit.plusSeconds(1)) < 0,
        "sign-in took " + took + "; the hook's timeout is " + limit);
    assertEquals(
        1, demo.count("SELECT COUNT(*) FROM \"session\" WHERE token = ?", signIn.string("token")));
    assertEquals(200, demo.get("/me", signIn.string("token")).status(), "the session works");
    assertTrue(
        listener.failures().stream().anyMatch(f -> f.hook() == AfterLogin.class),
        "the timeout is reported");
  }

  @Test
  void twoHundredConcurrentSignUpsFromSixteenThreadsLoseNothingAndDuplicateNothing()
      throws Exception {
    start(Map.of());
    int signUps = 200;
    ExecutorService clients = Executors.newFixedThreadPool(16);
    List<Future<Answer>> answers = new ArrayList<>();
    long start = System.nanoTime();
    try {
      for (int i = 0; i < signUps; i++) {
        String email = "user" + i + "@example.com";
        String name = " User " + i + " ";
        Callable<Answer> signUp = () -> demo.signUp(email, name);
        answers.add(clients.submit(signUp));
      }
      Set<String> ids = new HashSet<>();
      for (Future<Answer> answer : answers) {
        Answer done = answer.get(120, TimeUnit.SECONDS);
        assertEquals(201, done.status(), done::toString);
        assertTrue(ids.add((String) done.object("user").get("id")), "ids are unique");
      }
    } finally {
      clients.shutdownNow();
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    System.out.printf("%d concurrent sign-ups from 16 threads: %d ms%n", signUps, took.toMillis());
    assertEquals(signUps, demo.awaitOutbox().delivered(), "one provisioning event per user");

    assertEquals(
        Map.of(
            "user", signUps, "session", 0, "organization", signUps, "member", signUps, "outbox", 0),
        demo.rowCounts());
    assertEquals(
        signUps,
        demo.count(
            "SELECT COUNT(DISTINCT email) FROM \"user\" WHERE email LIKE 'user%@example.com'"));
    assertEquals(
        signUps,
        demo.count("SELECT COUNT(*) FROM \"user\" WHERE name LIKE 'User %' AND name = TRIM(name)"),
        "before-user-create trimmed every name");
    assertEquals(
        signUps,
        demo.count(
            "SELECT COUNT(*) FROM \"user\" u JOIN member m ON m.user_id = u.id AND m.role = 'owner'"
                + " JOIN organization o ON o.id = m.organization_id AND o.id = CONCAT('org_', u.id)"),
        "each user owns exactly their own workspace");
    assertEquals(List.of(), listener.failures());
  }

  @Test
  void concurrentSignUpsWithOneEmailCreateOneUser() throws Exception {
    start(Map.of());
    ExecutorService clients = Executors.newFixedThreadPool(16);
    List<Future<Answer>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < 16; i++) {
        answers.add(clients.submit(() -> demo.signUp("same@example.com", "Same")));
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Answer> answer : answers) {
        statuses.add(answer.get(60, TimeUnit.SECONDS).status());
      }
      assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses::toString);
      assertEquals(15, statuses.stream().filter(s -> s == 409).count(), statuses::toString);
    } finally {
      clients.shutdownNow();
    }
    assertEquals(1, demo.awaitOutbox().delivered(), "the 409s recorded no event");
    assertEquals(
        Map.of("user", 1, "session", 0, "organization", 1, "member", 1, "outbox", 0),
        demo.rowCounts());
    assertFalse(
        listener.failures().stream().anyMatch(f -> !f.isRejection()),
        listener.failures()::toString);
  }
}
