package dev.hookwire.spring.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hookwire.auth.User;
import dev.hookwire.outbox.Outbox;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** When the outbox is configured, from what, and how a bad {@code hookwire.outbox.*} value fails. */
class HookwireOutboxAutoConfigurationTest {
  static final AtomicInteger NEXT = new AtomicInteger();
  static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

  static DataSource h2() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:starter-outbox" + NEXT.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
    return dataSource;
  }

  final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(HookwireOutboxAutoConfiguration.class))
      .withBean(Provisioning.class, Provisioning::new);

  final ApplicationContextRunner withDatabase = runner.withBean(DataSource.class, () -> h2());

  static User user(String id) {
    return new User(id, "Ada", id + "@example.com", false, null, Instant.EPOCH, null);
  }

  @Test
  void offUnlessEnabledEvenWithADataSource() {
    withDatabase.run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context).doesNotHaveBean(Outbox.class);
      assertThat(context).doesNotHaveBean(TransactionalOutbox.class);
    });
  }

  @Test
  void enabledWithoutADataSourceConfiguresNothing() {
    runner.withPropertyValues("hookwire.outbox.enabled=true").run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context).doesNotHaveBean(Outbox.class);
    });
  }

  @Test
  void enabledItDeliversTheWiringsDurableHooksWithWorkersThatStopWithTheContext() {
    withDatabase
        .withPropertyValues("hookwire.outbox.enabled=true", "hookwire.outbox.poll-interval=20ms")
        .run(context -> {
          assertThat(context).hasNotFailed();
          OutboxWorkersLifecycle workers = context.getBean(OutboxWorkersLifecycle.class);
          assertThat(workers.isRunning()).isTrue();
          TransactionalOutbox outbox = context.getBean(TransactionalOutbox.class);
          Provisioning wiring = context.getBean(Provisioning.class);
          new TransactionTemplate(
                  new DataSourceTransactionManager(context.getBean(DataSource.class)))
              .executeWithoutResult(status -> wiring.afterUserCreate(user("u1"), outbox.context()));
          long deadline = System.nanoTime() + 10_000_000_000L;
          while (wiring.delivered.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
          }
          assertThat(wiring.delivered).singleElement().asString().startsWith("u1/");
          context.close();
          assertThat(workers.isRunning()).isFalse();
        });
  }

  @Test
  void recordingOutsideATransactionFailsLoudly() {
    withDatabase.withPropertyValues("hookwire.outbox.enabled=true").run(context -> {
      TransactionalOutbox outbox = context.getBean(TransactionalOutbox.class);
      Provisioning wiring = context.getBean(Provisioning.class);
      assertThatThrownBy(() -> wiring.afterUserCreate(user("u1"), outbox.context()))
          .isInstanceOf(dev.hookwire.runtime.HookAbortedException.class)
          .cause()
          .hasMessageStartingWith("No Spring transaction is active");
      assertThat(outbox.outbox().counts().pending()).isZero();
    });
  }

  @Test
  void webhookEndpointsFromPropertiesReceiveTheirEvents() {
    withDatabase
        .withPropertyValues(
            "hookwire.outbox.enabled=true",
            "hookwire.outbox.workers=1",
            "hookwire.outbox.poll-interval=1h",
            "hookwire.outbox.allow-local-network=true",
            "hookwire.outbox.webhooks.billing.url=http://localhost:9/hooks",
            "hookwire.outbox.webhooks.billing.secrets=" + SECRET,
            "hookwire.outbox.webhooks.billing.events=after-user-create")
        .run(context -> {
          assertThat(context).hasNotFailed();
          TransactionalOutbox outbox = context.getBean(TransactionalOutbox.class);
          context.getBean(OutboxWorkersLifecycle.class).stop();
          new TransactionTemplate(
                  new DataSourceTransactionManager(context.getBean(DataSource.class)))
              .executeWithoutResult(status -> context
                  .getBean(Provisioning.class)
                  .afterUserCreate(user("u1"), outbox.context()));
          // One row for the durable hook, one for the endpoint that subscribes to the event.
          assertThat(outbox.outbox().counts().pending()).isEqualTo(2);
        });
  }

  @Test
  void aBadValueFailsStartupNamingTheProperty() {
    fails("hookwire.outbox.workers=0", "hookwire.outbox.workers");
    fails("hookwire.outbox.lease=0s", "hookwire.outbox.lease");
    fails("hookwire.outbox.poll-interval=-1s", "hookwire.outbox.poll-interval");
    fails("hookwire.outbox.max-attempts=0", "hookwire.outbox.max-attempts");
    fails("hookwire.outbox.max-delay=1ms", "hookwire.outbox.max-delay");
  }

  @Test
  void aBadWebhookFailsStartupNamingItsPropertyWithoutTheSecret() {
    withDatabase
        .withPropertyValues(
            "hookwire.outbox.enabled=true",
            "hookwire.outbox.webhooks.billing.url=https://billing.example/hooks",
            "hookwire.outbox.webhooks.billing.secrets=whsec_not-base64!secretvalue",
            "hookwire.outbox.webhooks.billing.events=after-user-create")
        .run(context -> {
          assertThat(context).hasFailed();
          assertThat(context.getStartupFailure())
              .rootCause()
              .isInstanceOf(InvalidConfigurationPropertyValueException.class)
              .satisfies(e -> assertThat(((InvalidConfigurationPropertyValueException) e).getName())
                  .isEqualTo("hookwire.outbox.webhooks.billing.secrets[0]"))
              .message()
              .doesNotContain("not-base64!secretvalue");
        });
    withDatabase
        .withPropertyValues(
            "hookwire.outbox.enabled=true",
            "hookwire.outbox.webhooks.billing.url=ftp://billing.example/hooks",
            "hookwire.outbox.webhooks.billing.secrets=" + SECRET,
            "hookwire.outbox.webhooks.billing.events=after-user-create")
        .run(context -> assertThat(context.getStartupFailure())
            .rootCause()
            .satisfies(e -> assertThat(((InvalidConfigurationPropertyValueException) e).getName())
                .isEqualTo("hookwire.outbox.webhooks.billing.url")));
  }

  private void fails(String setting, String property) {
    withDatabase.withPropertyValues("hookwire.outbox.enabled=true", setting).run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure())
          .rootCause()
          .isInstanceOf(InvalidConfigurationPropertyValueException.class)
          .satisfies(e -> assertThat(((InvalidConfigurationPropertyValueException) e).getName())
              .isEqualTo(property));
    });
  }
}
