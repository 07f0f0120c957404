package dev.hookwire.spring.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hookwire.auth.User;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.transaction.AfterTransaction;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox in a Spring Boot application: a {@code @Transactional} sign-up whose durable hook's
 * event joins the sign-up's transaction. Rolled back (by the test's own transaction, or by the
 * service failing after the dispatch), nothing is recorded; committed, it is delivered by the
 * workers the context started.
 */
@SpringBootTest(
    classes = OutboxTransactionTest.App.class,
    properties = {
      "hookwire.outbox.enabled=true",
      "hookwire.outbox.poll-interval=20ms",
      "spring.datasource.url=jdbc:h2:mem:outbox-transaction;DB_CLOSE_DELAY=-1"
    })
class OutboxTransactionTest {
  @SpringBootConfiguration
  @EnableTransactionManagement
  @ImportAutoConfiguration({
    DataSourceAutoConfiguration.class,
    DataSourceTransactionManagerAutoConfiguration.class,
    JdbcTemplateAutoConfiguration.class,
    HookwireOutboxAutoConfiguration.class
  })
  static class App {
    @Bean
    Provisioning provisioning() {
      return new Provisioning();
    }

    @Bean
    SignUps signUps(JdbcTemplate jdbc, Provisioning hooks, TransactionalOutbox outbox) {
      return new SignUps(jdbc, hooks, outbox);
    }
  }

  /** The application's service: the user row and its after-event in one transaction. */
  static class SignUps {
    private final JdbcTemplate jdbc;
    private final Provisioning hooks;
    private final TransactionalOutbox outbox;

    SignUps(JdbcTemplate jdbc, Provisioning hooks, TransactionalOutbox outbox) {
      this.jdbc = jdbc;
      this.hooks = hooks;
      this.outbox = outbox;
    }

    @Transactional
    public void signUp(User user, boolean failAfterDispatch) {
      jdbc.update("INSERT INTO users (id) VALUES (?)", user.id());
      hooks.afterUserCreate(user, outbox.context());
      if (failAfterDispatch) {
        throw new IllegalStateException("the sign-up failed after its hooks");
      }
    }
  }

  @Autowired
  SignUps signUps;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  Provisioning provisioning;

  @Autowired
  TransactionalOutbox outbox;

  static User user(String id) {
    return new User(id, "Ada", id + "@example.com", false, null, Instant.EPOCH, null);
  }

  @BeforeEach
  void tables() {
    jdbc.execute("CREATE TABLE IF NOT EXISTS users (id VARCHAR(36) PRIMARY KEY)");
  }

  @Test
  @Transactional
  void aSignUpInTheTestsRolledBackTransactionRecordsItsEventInThatTransactionOnly() {
    signUps.signUp(user("rolled-back"), false);

    assertThat(jdbc.queryForObject(
            "SELECT COUNT(*) FROM hookwire_outbox WHERE payload LIKE '%\"rolled-back\"%'",
            Integer.class))
        .isEqualTo(1);
  }

  @AfterTransaction
  void nothingOfTheRolledBackSignUpRemains() {
    assertThat(jdbc.queryForObject(
            "SELECT COUNT(*) FROM users WHERE id = 'rolled-back'", Integer.class))
        .isZero();
    assertThat(provisioning.delivered).noneMatch(d -> d.startsWith("rolled-back/"));
  }

  @Test
  void aSignUpThatFailsAfterTheDispatchLeavesNoEvent() {
    long before = outbox.outbox().counts().pending() + outbox.outbox().counts().delivered();

    assertThatThrownBy(() -> signUps.signUp(user("failed"), true))
        .hasMessage("the sign-up failed after its hooks");

    assertThat(outbox.outbox().counts().pending() + outbox.outbox().counts().delivered())
        .isEqualTo(before);
  }

  @Test
  void aCommittedSignUpIsDeliveredOnceWithTheEventId() throws InterruptedException {
    signUps.signUp(user("committed"), false);

    String committed = "SELECT COUNT(*) FROM hookwire_outbox WHERE status = 'DELIVERED'"
        + " AND payload LIKE '%\"committed\"%'";
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (jdbc.queryForObject(committed, Integer.class) == 0 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    String eventId = jdbc.queryForObject(
        "SELECT event_id FROM hookwire_outbox WHERE status = 'DELIVERED'"
            + " AND payload LIKE '%\"committed\"%'",
        String.class);
    assertThat(provisioning.delivered).containsExactly("committed/" + eventId);
  }
}
