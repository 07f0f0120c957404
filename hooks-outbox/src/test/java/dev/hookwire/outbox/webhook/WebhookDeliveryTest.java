package dev.hookwire.outbox.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.standardwebhooks.Webhook;
import dev.hookwire.auth.User;
import dev.hookwire.outbox.DeadLetter;
import dev.hookwire.outbox.MutableClock;
import dev.hookwire.outbox.Outbox;
import dev.hookwire.outbox.OutboxCounts;
import dev.hookwire.outbox.RetryPolicy;
import dev.hookwire.outbox.TestDatabases;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Webhooks delivered through the outbox to real HTTP receivers on 127.0.0.1. */
class WebhookDeliveryTest {
  static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
  static final String KEY_TEXT = "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
  static final String TARGET = Webhooks.targetName("crm");
  static final User ALICE = new User(
      "u1", "Alice", "alice@example.com", false, null, Instant.parse("2026-12-01T10:00:00Z"), null);

  private final MutableClock clock = new MutableClock();
  private final DataSource dataSource = TestDatabases.h2();

  private Outbox outbox(URI url, UnaryOperator<Webhooks.Builder> configure) {
    WebhookEndpoint endpoint = WebhookEndpoint.builder("crm", url)
        .secret(SECRET)
        .events("after-user-create")
        .build();
    Webhooks webhooks = configure
        .apply(Webhooks.builder().endpoint(endpoint).network(NetworkPolicy.LOCAL_DEVELOPMENT))
        .build();
    return Outbox.builder(dataSource)
        .clock(clock)
        .retryPolicy(new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofMinutes(1)))
        .subscribers(webhooks.subscribers())
        .build();
  }

  private String record(Outbox outbox) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      String eventId = outbox.writer(connection).record("after-user-create", ALICE);
      connection.commit();
      return eventId;
    }
  }

  /** Drains, moving the clock past every backoff, until nothing is left to try. */
  private void drainAll(Outbox outbox) {
    for (int i = 0; i < 20 && outbox.counts().pending() > 0; i++) {
      outbox.drainOnce();
      clock.advance(Duration.ofMinutes(2));
    }
  }

  @Test
  void fiveHundredThreeTimesThenOkIsDeliveredOnceWithTheSameIdAndValidSignatures()
      throws Exception {
    try (Receiver receiver =
        new Receiver(Receiver.Answer.of(500), Receiver.Answer.of(500), Receiver.Answer.of(500))) {
      Outbox outbox = outbox(receiver.url("/hook"), b -> b);
      String eventId = record(outbox);
      drainAll(outbox);
      outbox.drainOnce();

      assertEquals(4, receiver.requests.size());
      assertEquals(new OutboxCounts(0, 1, 0), outbox.counts());
      for (Receiver.Received request : receiver.requests) {
        assertEquals(eventId, request.header("webhook-id"));
        assertEquals("application/json", request.header("content-type"));
        new Webhook(SECRET).verify(request.body(), request.headers());
      }
      String body = receiver.requests.get(0).body();
      assertTrue(
          body.startsWith(
              "{\"type\":\"after-user-create\",\"timestamp\":\"2026-12-01T12:00:00Z\",\"data\":{\"id\":\"u1\""),
          body);
    }
  }

  @Test
  void aDurableHookAndAWebhookOfOneEventShareItsIdAndOtherEventsRecordNothing() throws Exception {
    try (Receiver receiver = new Receiver()) {
      WebhookEndpoint endpoint = WebhookEndpoint.builder("crm", receiver.url("/hook"))
          .secret(SECRET)
          .events("after-user-create")
          .build();
      Webhooks webhooks = Webhooks.builder()
          .endpoint(endpoint)
          .network(NetworkPolicy.LOCAL_DEVELOPMENT)
          .build();
      List<String> hookSaw = new java.util.concurrent.CopyOnWriteArrayList<>();
      Outbox outbox = Outbox.builder(dataSource)
          .target("com.acme.hooks.AfterUserCreate", event -> hookSaw.add(event.eventId()))
          .subscribers(webhooks.subscribers())
          .build();
      String eventId;
      try (Connection connection = dataSource.getConnection()) {
        connection.setAutoCommit(false);
        eventId = outbox
            .writer(connection)
            .record("after-user-create", ALICE, "com.acme.hooks.AfterUserCreate");
        outbox.writer(connection).record("after-user-delete", ALICE);
        connection.commit();
      }
      assertEquals(
          2,
          outbox.drainOnce(),
          "two rows: the hook and the endpoint; none for an event nobody takes");
      assertEquals(List.of(eventId), hookSaw);
      assertEquals(eventId, receiver.requests.get(0).header("webhook-id"));
    }
  }

  @Test
  void goneDisablesTheEndpointDeadLettersAndReplayDelivers() throws Exception {
    try (Receiver receiver = new Receiver(Receiver.Answer.of(410))) {
      Outbox outbox = outbox(receiver.url("/hook"), b -> b);
      String first = record(outbox);
      outbox.drainOnce();
      assertEquals(List.of(TARGET), List.copyOf(outbox.disabledTargets()));
      clock.advance(Duration.ofSeconds(1));
      String second = record(outbox);
      outbox.drainOnce();
      assertEquals(1, receiver.requests.size(), "a disabled endpoint is not called");

      List<DeadLetter> dead = outbox.deadLetters(10);
      assertEquals(
          List.of(first, second), dead.stream().map(DeadLetter::eventId).toList());
      assertTrue(dead.get(0).lastError().contains("410"), dead.get(0).lastError());

      assertTrue(outbox.enable(TARGET));
      assertTrue(outbox.replay(first, TARGET));
      assertTrue(outbox.replay(second, TARGET));
      drainAll(outbox);
      assertEquals(new OutboxCounts(0, 2, 0), outbox.counts());
      assertEquals(
          List.of(first, first, second),
          receiver.requests.stream().map(r -> r.header("webhook-id")).toList());
    }
  }

  @Test
  void tooManyRequestsWaitsForRetryAfter() throws Exception {
    try (Receiver receiver =
        new Receiver(new Receiver.Answer(429, Map.of("Retry-After", "7"), 0))) {
      Outbox outbox = outbox(receiver.url("/hook"), b -> b);
      record(outbox);
      assertEquals(1, outbox.drainOnce());
      clock.advance(Duration.ofSeconds(6));
      assertEquals(0, outbox.drainOnce(), "Retry-After: 7 is honoured, not the 1 s backoff");
      clock.advance(Duration.ofSeconds(1));
      assertEquals(1, outbox.drainOnce());
      assertEquals(new OutboxCounts(0, 1, 0), outbox.counts());
    }
  }

  @Test
  void retryAfterReadsSecondsAndHttpDates() {
    MutableClock now = new MutableClock();
    assertEquals(Duration.ofSeconds(120), Webhooks.parseRetryAfter(" 120 ", now).orElseThrow());
    assertEquals(
        Duration.ofSeconds(30),
        Webhooks.parseRetryAfter("Tue, 01 Dec 2026 12:00:30 GMT", now).orElseThrow());
    assertTrue(Webhooks.parseRetryAfter("soon", now).isEmpty());
    assertEquals(Duration.ZERO, Webhooks.parseRetryAfter("-5", now).orElseThrow());
    assertEquals(
        Duration.ofDays(1), Webhooks.parseRetryAfter("9223372036854775807", now).orElseThrow());
    assertEquals(
        Duration.ofDays(1),
        Webhooks.parseRetryAfter("Fri, 01 Dec 2034 12:00:00 GMT", now).orElseThrow());
  }

  @Test
  void redirectsAreNotFollowed() throws Exception {
    try (Receiver receiver =
        new Receiver(new Receiver.Answer(302, Map.of("Location", "/elsewhere"), 0))) {
      Outbox outbox = outbox(receiver.url("/hook"), b -> b);
      record(outbox);
      outbox.drainOnce();
      assertEquals(1, outbox.counts().pending(), "a 3xx is a failure, tried again");
      drainAll(outbox);
      assertEquals(
          List.of("/hook", "/hook"),
          receiver.requests.stream().map(Receiver.Received::path).toList());
      assertTrue(receiver.requests.size() == 2 && outbox.counts().delivered() == 1);
    }
  }

  @Test
  void aSlowReceiverTimesOutAndIsTriedAgain() throws Exception {
    try (Receiver receiver = new Receiver(new Receiver.Answer(200, Map.of(), 2000))) {
      Outbox outbox = outbox(receiver.url("/hook"), b -> b.requestTimeout(Duration.ofMillis(300)));
      record(outbox);
      outbox.drainOnce();
      assertEquals(new OutboxCounts(1, 0, 0), outbox.counts());
      drainAll(outbox);
      assertEquals(new OutboxCounts(0, 1, 0), outbox.counts());
    }
  }

  @Test
  void aBodyOverTheLimitIsDeadLetteredUnsent() throws Exception {
    try (Receiver receiver = new Receiver()) {
      Outbox outbox = outbox(receiver.url("/hook"), b -> b.maxBodyBytes(64));
      record(outbox);
      outbox.drainOnce();
      assertEquals(0, receiver.requests.size());
      String error = outbox.deadLetters(1).get(0).lastError();
      assertTrue(error.contains("over the limit of 64"), error);
    }
  }

  @Test
  void loopbackAndHttpAreRefusedUnlessAllowed() throws Exception {
    try (Receiver receiver = new Receiver()) {
      Outbox outbox = outbox(receiver.url("/hook"), b -> b.network(NetworkPolicy.PUBLIC_HTTPS));
      record(outbox);
      outbox.drainOnce();
      clock.advance(Duration.ofSeconds(1));
      Outbox loopback =
          outbox(receiver.url("/hook"), b -> b.network(new NetworkPolicy(true, false, false)));
      record(loopback);
      loopback.drainOnce();

      assertEquals(0, receiver.requests.size());
      List<String> errors =
          outbox.deadLetters(10).stream().map(DeadLetter::lastError).toList();
      assertTrue(errors.get(0).contains("http:// is not allowed"), errors.get(0));
      assertTrue(errors.get(1).contains("loopback"), errors.get(1));
    }
  }

  @Test
  void privateLinkLocalAndSpecialAddressesArePrivate() throws Exception {
    for (String address : List.of(
        "10.1.2.3",
        "172.16.0.1",
        "192.168.1.1",
        "169.254.169.254",
        "100.64.0.1",
        "0.0.0.0",
        "fd00::1",
        "fe80::1",
        "224.0.0.1")) {
      assertTrue(NetworkPolicy.isPrivate(InetAddress.getByName(address)), address);
    }
    for (String address : List.of("8.8.8.8", "1.1.1.1", "2606:4700:4700::1111", "172.32.0.1")) {
      assertFalse(NetworkPolicy.isPrivate(InetAddress.getByName(address)), address);
    }
    assertThrows(
        IllegalArgumentException.class,
        () -> NetworkPolicy.PUBLIC_HTTPS.check(URI.create("https://10.0.0.1/x")));
    assertThrows(
        IllegalArgumentException.class,
        () -> NetworkPolicy.LOCAL_DEVELOPMENT.check(URI.create("http://169.254.169.254/latest")));
  }

  @Test
  void secretsAreNeverLoggedNorInErrors() throws Exception {
    ByteArrayOutputStream logged = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(logged, true, StandardCharsets.UTF_8);
    SimpleFormatter formatter = new SimpleFormatter();
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord record) {
        out.print(formatter.format(record));
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    handler.setLevel(Level.ALL);
    Logger logger = Logger.getLogger("dev.hookwire");
    logger.setLevel(Level.ALL);
    logger.addHandler(handler);
    try (Receiver receiver = new Receiver(
        Receiver.Answer.of(500),
        new Receiver.Answer(200, Map.of(), 2000),
        Receiver.Answer.of(401),
        Receiver.Answer.of(410))) {
      Outbox outbox = outbox(receiver.url("/hook"), b -> b.requestTimeout(Duration.ofMillis(300)));
      record(outbox);
      drainAll(outbox);
      Outbox refused = outbox(receiver.url("/hook"), b -> b.network(NetworkPolicy.PUBLIC_HTTPS));
      record(refused);
      refused.drainOnce();

      assertEquals(2, outbox.deadLetters(10).size());
      String everything = logged.toString(StandardCharsets.UTF_8)
          + outbox.deadLetters(10)
          + outbox.disabledTargets()
          + WebhookEndpoint.builder("crm", receiver.url("/hook"))
              .secret(SECRET)
              .events("e")
              .build();
      assertTrue(everything.contains("answered 500") && everything.contains("410"), everything);
      assertFalse(everything.contains(KEY_TEXT), "a secret leaked:\n" + everything);
      IllegalArgumentException badSecret = assertThrows(
          IllegalArgumentException.class,
          () ->
              WebhookEndpoint.builder("crm", receiver.url("/")).secret("whsec_" + KEY_TEXT + "!"));
      assertFalse(badSecret.getMessage().contains(KEY_TEXT), badSecret.getMessage());
    } finally {
      logger.removeHandler(handler);
    }
  }
}
