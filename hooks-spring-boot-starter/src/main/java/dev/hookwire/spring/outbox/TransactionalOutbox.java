package dev.hookwire.spring.outbox;

import dev.hookwire.outbox.Outbox;
import dev.hookwire.runtime.DurableRecorder;
import dev.hookwire.runtime.HookContext;
import java.sql.Connection;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The outbox joined to the current Spring transaction: the {@link DurableRecorder} that records
 * {@code @Durable} hooks' events on the transaction's own connection ({@link
 * DataSourceUtils#getConnection}), so that they commit or roll back with the application's
 * writes. Dispatch with {@link #context(HookContext)} inside a {@code @Transactional} method:
 *
 * <pre>{@code
 * @Transactional
 * public void signUp(User user) {
 *   users.insert(user);
 *   hooks.afterUserCreate(user, outbox.context(ctx));
 * }
 * }</pre>
 *
 * A record outside a transaction throws {@link IllegalStateException}: an event recorded on its
 * own would commit even if the write it belongs to then failed.
 */
public final class TransactionalOutbox implements DurableRecorder {
  private final Outbox outbox;
  private final DataSource dataSource;

  TransactionalOutbox(Outbox outbox, DataSource dataSource) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  /** {@code ctx} with this recorder: what the dispatchers of durable hooks need. */
  public HookContext context(HookContext ctx) {
    return ctx.toBuilder().service(DurableRecorder.class, this).build();
  }

  /** A context holding only this recorder. */
  public HookContext context() {
    return context(HookContext.empty());
  }

  /** The outbox itself: dead letters, replay, counts. */
  public Outbox outbox() {
    return outbox;
  }

  @Override
  public String record(String event, Object entity, List<String> hooks) {
    if (!TransactionSynchronizationManager.isActualTransactionActive()) {
      throw new IllegalStateException("No Spring transaction is active, so the event "
          + event
          + " of "
          + hooks
          + " would be committed on its own, even if the write it belongs to then failed."
          + " Dispatch inside the write's transaction (a @Transactional method, or"
          + " TransactionTemplate).");
    }
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      return outbox.writer(connection).record(event, entity, hooks);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }
}
