package dev.hookwire.outbox;

import dev.hookwire.runtime.DurableHook;
import dev.hookwire.runtime.DurableRecorder;
import dev.hookwire.runtime.DurableWiring;
import dev.hookwire.runtime.HookContext;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Durable after-hooks: events recorded in the host's transaction, delivered by workers after
 * commit. See the package documentation for the guarantees.
 *
 * <pre>{@code
 * Outbox outbox = Outbox.builder(dataSource)
 *     .target("com.acme.hooks.AfterUserCreate", event -> provisionWorkspace(event.entity(User.class), event.context()))
 *     .subscribers(webhooks.subscribers())
 *     .build();                                    // creates the tables if missing
 * try (OutboxWorkers workers = outbox.start(2)) { ... }
 *
 * // in the host's transaction:
 * connection.setAutoCommit(false);
 * insertUser(connection, user);
 * outbox.writer(connection).record("after-user-create", user, "com.acme.hooks.AfterUserCreate");
 * connection.commit();
 * }</pre>
 *
 * Thread-safe.
 */
public final class Outbox {
  private static final System.Logger LOG = System.getLogger(Outbox.class.getName());
  private static final int MAX_ERROR = 1000;

  private final DataSource dataSource;
  private final Map<String, DurableTarget> targets;
  private final Map<String, Set<String>> subscribersByEvent;
  private final RetryPolicy retryPolicy;
  private final Duration lease;
  private final int batchSize;
  private final Duration pollInterval;
  private final Clock clock;
  private final JsonMapper mapper;
  private final HookContext baseContext;
  private final OutboxSql.Dialect dialect;

  private Outbox(Builder builder) {
    this.dataSource = builder.dataSource;
    this.targets = Map.copyOf(builder.targets);
    Map<String, Set<String>> byEvent = new LinkedHashMap<>();
    for (DurableSubscriber subscriber : builder.subscribers) {
      for (String event : subscriber.events()) {
        byEvent.computeIfAbsent(event, e -> new LinkedHashSet<>()).add(subscriber.name());
      }
    }
    this.subscribersByEvent = Map.copyOf(byEvent);
    this.retryPolicy = builder.retryPolicy;
    this.lease = builder.lease;
    this.batchSize = builder.batchSize;
    this.pollInterval = builder.pollInterval;
    this.clock = builder.clock;
    this.mapper = builder.mapper;
    this.baseContext = builder.baseContext;
    try (Connection connection = dataSource.getConnection()) {
      this.dialect = OutboxSql.Dialect.of(connection);
      OutboxSql.migrate(connection, dialect);
    } catch (SQLException e) {
      throw new OutboxException("Could not create or check the outbox tables", e);
    }
  }

  /** An outbox on this database; {@link Builder#build()} creates its tables if missing. */
  public static Builder builder(DataSource dataSource) {
    return new Builder(dataSource);
  }

  /**
   * The outbox bound to the host's transaction on this connection: what it records commits or
   * rolls back with the host's writes.
   *
   * @throws IllegalStateException if the connection is in auto-commit mode
   */
  public OutboxWriter writer(Connection connection) {
    return new OutboxWriter(this, Objects.requireNonNull(connection, "connection"));
  }

  /**
   * {@code ctx} with this outbox bound to the host's transaction on {@code connection} as its
   * {@link DurableRecorder}: dispatch with it, inside the transaction, and the {@code @Durable}
   * hooks' events commit or roll back with the host's writes.
   *
   * <pre>{@code
   * connection.setAutoCommit(false);
   * insertUser(connection, user);
   * hooks.afterUserCreate(user, outbox.context(connection, ctx));
   * connection.commit();
   * }</pre>
   *
   * @throws IllegalStateException if the connection is in auto-commit mode
   */
  public HookContext context(Connection connection, HookContext ctx) {
    return Objects.requireNonNull(ctx, "ctx").toBuilder()
        .service(DurableRecorder.class, writer(connection))
        .build();
  }

  /** Starts {@code count} worker threads; closing the result stops them. */
  public OutboxWorkers start(int count) {
    return new OutboxWorkers(this, count, pollInterval);
  }

  /**
   * Claims up to one batch of due events and delivers them on the calling thread.
   *
   * @return how many were delivered or failed (0: nothing was due)
   */
  public int drainOnce() {
    try (Connection connection = dataSource.getConnection()) {
      List<Claimed> claimed = claim(connection);
      if (claimed.isEmpty()) {
        return 0;
      }
      Set<String> disabled = disabledTargets(connection);
      List<Claimed> delivered = new ArrayList<>(claimed.size());
      for (Claimed row : claimed) {
        if (deliver(connection, row, disabled)) {
          delivered.add(row);
        }
      }
      finishDelivered(connection, delivered);
      return claimed.size();
    } catch (SQLException e) {
      // Every poll while the database is down: the message, not a stack trace each time.
      LOG.log(
          Level.WARNING,
          "Could not drain the outbox, trying again at the next poll: {0}",
          e.toString());
      return 0;
    }
  }

  /** The dead-lettered events, oldest first, at most {@code limit}. */
  public List<DeadLetter> deadLetters(int limit) {
    List<DeadLetter> dead = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(OutboxSql.LIST_DEAD)) {
      select.setInt(1, limit);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          dead.add(new DeadLetter(
              rs.getString(1),
              rs.getString(2),
              rs.getString(3),
              rs.getString(4),
              Instant.ofEpochMilli(rs.getLong(5)),
              rs.getInt(6),
              Instant.ofEpochMilli(rs.getLong(7)),
              rs.getString(8)));
        }
      }
    } catch (SQLException e) {
      throw new OutboxException("Could not list the dead letters", e);
    }
    return dead;
  }

  /**
   * Sends a dead-lettered event again, with a fresh count of attempts. A disabled target must be
   * {@link #enable enabled} first, or the event comes straight back.
   *
   * @return false if there was no such dead letter
   */
  public boolean replay(String eventId, String target) {
    return update(OutboxSql.REPLAY, "replay " + eventId + " for " + target, now(), eventId, target)
        == 1;
  }

  /**
   * Sends every dead-lettered event of a target again (after {@link #enable enabling} an endpoint
   * that had answered 410, for example).
   *
   * @return how many were dead
   */
  public int replayAll(String target) {
    return update(OutboxSql.REPLAY_TARGET, "replay the dead letters of " + target, now(), target);
  }

  /**
   * Deletes delivered rows finished more than {@code age} ago; the host calls it on a schedule of
   * its choice (delivered rows are kept until then, to audit and to answer "was it delivered?").
   *
   * @return how many were deleted
   */
  public int purgeDelivered(Duration age) {
    return update(OutboxSql.PURGE, "purge delivered events", now() - age.toMillis());
  }

  /** Stops delivering to a target: its events are dead-lettered untried until {@link #enable}. */
  public void disable(String target, String reason) {
    try {
      update(OutboxSql.DISABLE, "disable " + target, target, now(), truncate(reason));
    } catch (OutboxException alreadyDisabled) {
      if (!disabledTargets().contains(target)) {
        throw alreadyDisabled;
      }
    }
  }

  /** Delivers to a disabled target again (its dead letters stay dead until replayed). */
  public boolean enable(String target) {
    return update(OutboxSql.ENABLE, "enable " + target, target) == 1;
  }

  /** The targets disabled by {@link #disable} or by a permanent failure that disables. */
  public Set<String> disabledTargets() {
    try (Connection connection = dataSource.getConnection()) {
      return disabledTargets(connection);
    } catch (SQLException e) {
      throw new OutboxException("Could not read the disabled targets", e);
    }
  }

  private static Set<String> disabledTargets(Connection connection) throws SQLException {
    Set<String> disabled = new LinkedHashSet<>();
    try (PreparedStatement select = connection.prepareStatement(OutboxSql.DISABLED);
        ResultSet rs = select.executeQuery()) {
      while (rs.next()) {
        disabled.add(rs.getString(1));
      }
    }
    return disabled;
  }

  /** How many rows are pending (including claimed), delivered and dead. */
  public OutboxCounts counts() {
    return new OutboxCounts(count("PENDING"), count("DELIVERED"), count("DEAD"));
  }

  boolean hasTarget(String name) {
    return targets.containsKey(name);
  }

  Set<String> targetNames() {
    return targets.keySet();
  }

  Set<String> subscribersOf(String eventName) {
    return subscribersByEvent.getOrDefault(eventName, Set.of());
  }

  String toJson(Object entity) {
    return mapper.writeValueAsString(entity);
  }

  long now() {
    return clock.millis();
  }

  private record Claimed(
      String eventId,
      String target,
      String eventName,
      String json,
      long recordedAt,
      int attempt,
      String claim) {}

  /**
   * Claims due rows: on PostgreSQL the candidates are row-locked with {@code FOR UPDATE SKIP
   * LOCKED}, so concurrent workers take different rows; on every database the update is a
   * compare-and-set on the attempts read, so a row is claimed by one worker only.
   */
  private List<Claimed> claim(Connection connection) throws SQLException {
    long now = now();
    long leaseEnd = now + lease.toMillis();
    List<Claimed> claimed = new ArrayList<>();
    // PostgreSQL: the locked candidates and their updates in one transaction. Elsewhere each
    // compare-and-set commits alone: a worker holds no row while claiming the next, so two
    // workers cannot deadlock on each other's candidates.
    boolean oneTransaction = dialect == OutboxSql.Dialect.POSTGRESQL;
    connection.setAutoCommit(!oneTransaction);
    try (PreparedStatement due = connection.prepareStatement(OutboxSql.DUE + dialect.lockClause);
        PreparedStatement claim = connection.prepareStatement(OutboxSql.CLAIM)) {
      due.setLong(1, now);
      due.setInt(2, batchSize);
      List<Claimed> candidates = new ArrayList<>();
      try (ResultSet rs = due.executeQuery()) {
        while (rs.next()) {
          candidates.add(new Claimed(
              rs.getString(1),
              rs.getString(2),
              rs.getString(3),
              rs.getString(4),
              rs.getLong(5),
              rs.getInt(6) + 1,
              UUID.randomUUID().toString()));
        }
      }
      // Each count says whether that row's compare-and-set won.
      int[] counts = forEach(claim, candidates, (statement, row) -> {
        statement.setString(1, row.claim());
        statement.setLong(2, leaseEnd);
        statement.setString(3, row.eventId());
        statement.setString(4, row.target());
        statement.setInt(5, row.attempt() - 1);
        statement.setLong(6, now);
      });
      for (int i = 0; i < candidates.size(); i++) {
        if (counts[i] == 1) {
          claimed.add(candidates.get(i));
        }
      }
      if (oneTransaction) {
        connection.commit();
      }
    } catch (SQLException | RuntimeException e) {
      if (oneTransaction) {
        connection.rollback();
      }
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
    return claimed;
  }

  /**
   * Delivers one claimed row; a failure is recorded at once (retry or dead letter).
   *
   * @return whether it was delivered: its row is then finished with the batch's others
   */
  private boolean deliver(Connection connection, Claimed row, Set<String> disabled)
      throws SQLException {
    DurableTarget target = targets.get(row.target());
    if (disabled.contains(row.target())) {
      finish(connection, OutboxSql.DEAD, row, "Target " + row.target() + " is disabled", now());
      return false;
    }
    if (target == null) {
      fail(
          connection,
          row,
          null,
          "No DurableTarget named '" + row.target() + "' in this Outbox; registered: "
              + targets.keySet());
      return false;
    }
    DurableEvent event = new DurableEvent(
        row.eventId(),
        row.eventName(),
        row.target(),
        row.json(),
        Instant.ofEpochMilli(row.recordedAt()),
        row.attempt(),
        mapper,
        baseContext);
    try {
      target.deliver(event);
      return true;
    } catch (PermanentDeliveryException e) {
      if (e.disablesTarget()) {
        disable(row.target(), e.getMessage());
      }
      LOG.log(Level.WARNING, "Dead-lettered {0}: {1}", event, e.getMessage());
      finish(connection, OutboxSql.DEAD, row, describe(e), now());
    } catch (DeliveryException e) {
      fail(connection, row, e.retryAfter().orElse(null), describe(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      fail(connection, row, null, describe(e));
    } catch (Exception e) {
      fail(connection, row, null, describe(e));
    }
    return false;
  }

  private void fail(Connection connection, Claimed row, Duration retryAfter, String error)
      throws SQLException {
    if (row.attempt() >= retryPolicy.maxAttempts()) {
      LOG.log(
          Level.WARNING,
          "Dead-lettered {0} for {1} after {2} attempts: {3}",
          row.eventId(),
          row.target(),
          row.attempt(),
          error);
      finish(connection, OutboxSql.DEAD, row, error, now());
      return;
    }
    Duration delay = retryAfter != null
        ? retryAfter
        : retryPolicy.delayAfter(row.attempt(), ThreadLocalRandom.current().nextDouble());
    LOG.log(
        Level.INFO,
        "Delivery {0} of {1} for {2} failed, next in {3}: {4}",
        row.attempt(),
        row.eventId(),
        row.target(),
        delay,
        error);
    finish(connection, OutboxSql.RETRY, row, error, now() + delay.toMillis());
  }

  /**
   * Marks a batch's delivered rows {@code DELIVERED} (one round trip on PostgreSQL). Until then a crash
   * re-delivers them after the lease: at least once, as always.
   */
  private void finishDelivered(Connection connection, List<Claimed> rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    long now = now();
    int[] counts;
    try (PreparedStatement delivered = connection.prepareStatement(OutboxSql.DELIVERED)) {
      counts = forEach(delivered, rows, (statement, row) -> {
        statement.setLong(1, now);
        statement.setString(2, row.eventId());
        statement.setString(3, row.target());
        statement.setString(4, row.claim());
      });
    }
    for (int i = 0; i < rows.size(); i++) {
      if (counts[i] == 0) {
        leaseLost(rows.get(i));
      }
    }
  }

  /** Sets one row's parameters of a statement. */
  @FunctionalInterface
  private interface Binder {
    void bind(PreparedStatement statement, Claimed row) throws SQLException;
  }

  /**
   * Runs {@code statement} once per row; returns the update counts. On PostgreSQL as one JDBC
   * batch (one round trip; the rows are this worker's, locked or claimed, so no other worker
   * waits on them). Elsewhere each alone: H2 runs a batch as one transaction, and two workers
   * claiming overlapping candidates (there is no {@code SKIP LOCKED}) would deadlock.
   */
  private int[] forEach(PreparedStatement statement, List<Claimed> rows, Binder binder)
      throws SQLException {
    int[] counts = new int[rows.size()];
    if (rows.isEmpty()) {
      return counts;
    }
    if (dialect != OutboxSql.Dialect.POSTGRESQL) {
      for (int i = 0; i < rows.size(); i++) {
        binder.bind(statement, rows.get(i));
        counts[i] = statement.executeUpdate();
      }
      return counts;
    }
    for (Claimed row : rows) {
      binder.bind(statement, row);
      statement.addBatch();
    }
    return statement.executeBatch();
  }

  /**
   * Ends a claim that did not deliver: {@code DEAD} (time = finished time) or {@code RETRY} (time =
   * next attempt).
   */
  private void finish(Connection connection, String sql, Claimed row, String error, long time)
      throws SQLException {
    Object[] parameters = sql.equals(OutboxSql.DEAD)
        ? new Object[] {truncate(error), time, row.eventId(), row.target(), row.claim()}
        : new Object[] {time, truncate(error), row.eventId(), row.target(), row.claim()};
    if (execute(connection, sql, parameters) == 0) {
      leaseLost(row);
    }
  }

  private static void leaseLost(Claimed row) {
    LOG.log(
        Level.WARNING,
        "The lease on {0} for {1} ran out before its delivery ended; another worker may deliver it"
            + " again. Make the outbox lease longer than the slowest delivery.",
        row.eventId(),
        row.target());
  }

  private static int execute(Connection connection, String sql, Object... parameters)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      return statement.executeUpdate();
    }
  }

  private int update(String sql, String what, Object... parameters) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(true);
      return execute(connection, sql, parameters);
    } catch (SQLException e) {
      throw new OutboxException("Could not " + what, e);
    }
  }

  private long count(String status) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(OutboxSql.COUNT)) {
      select.setString(1, status);
      try (ResultSet rs = select.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new OutboxException("Could not count the " + status + " events", e);
    }
  }

  private static String describe(Throwable e) {
    return e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  private static String truncate(String text) {
    return text == null || text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR);
  }

  /** Configures an {@link Outbox}. */
  public static final class Builder {
    private final DataSource dataSource;
    private final Map<String, DurableTarget> targets = new LinkedHashMap<>();
    private final List<DurableSubscriber> subscribers = new ArrayList<>();
    private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
    private Duration lease = Duration.ofMinutes(2);
    private int batchSize = 20;
    private Duration pollInterval = Duration.ofMillis(500);
    private Clock clock = Clock.systemUTC();
    private JsonMapper mapper = JsonMapper.builder().build();
    private HookContext baseContext = HookContext.empty();

    private Builder(DataSource dataSource) {
      this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** A target the writer names: a durable hook under its class name. */
    public Builder target(String name, DurableTarget target) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(target, "target");
      if (targets.putIfAbsent(name, target) != null) {
        throw new IllegalArgumentException(
            "Two targets named '" + name + "': target names must be unique");
      }
      return this;
    }

    /**
     * The {@code @Durable} hooks of a generated wiring, each a target under its class name that
     * runs the hook with the recorded entity and the event's context ({@link
     * DurableEvent#context()}: the base context plus the event id).
     */
    public Builder durableHooks(DurableWiring wiring) {
      for (DurableHook<?> hook : wiring.durableHooks()) {
        target(hook.name(), deliveryOf(hook));
      }
      return this;
    }

    private static <T> DurableTarget deliveryOf(DurableHook<T> hook) {
      return event -> hook.deliver(event.entity(hook.entityType()), event.context());
    }

    /** All the durable hooks of a wiring, by name. */
    public Builder targets(Map<String, ? extends DurableTarget> targets) {
      targets.forEach(this::target);
      return this;
    }

    /** Targets that receive their events without being named (webhook endpoints). */
    public Builder subscribers(List<? extends DurableSubscriber> subscribers) {
      for (DurableSubscriber subscriber : subscribers) {
        target(subscriber.name(), subscriber);
        this.subscribers.add(subscriber);
      }
      return this;
    }

    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /**
     * How long a claim lasts (2 minutes by default): a worker that crashed mid-delivery has its
     * events taken by another after this. Longer than the slowest delivery (a webhook's is 15 s).
     */
    public Builder lease(Duration lease) {
      this.lease = positive(lease, "lease");
      return this;
    }

    /** Events a worker claims at once (20 by default). */
    public Builder batchSize(int batchSize) {
      if (batchSize < 1) {
        throw new IllegalArgumentException("batchSize must be at least 1, got " + batchSize);
      }
      this.batchSize = batchSize;
      return this;
    }

    /** How long an idle worker waits before looking again (500 ms by default). */
    public Builder pollInterval(Duration pollInterval) {
      this.pollInterval = positive(pollInterval, "pollInterval");
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** The JSON mapper for entities (Jackson 3 defaults: records, {@code java.time} as ISO-8601). */
    public Builder jsonMapper(JsonMapper mapper) {
      this.mapper = Objects.requireNonNull(mapper, "mapper");
      return this;
    }

    /** The context events are delivered with ({@link DurableEvent#context()}): the host's services. */
    public Builder baseContext(HookContext baseContext) {
      this.baseContext = Objects.requireNonNull(baseContext, "baseContext");
      return this;
    }

    /** Creates the outbox's tables if missing (or checks their version) and returns it. */
    public Outbox build() {
      return new Outbox(this);
    }

    private static Duration positive(Duration duration, String name) {
      if (Objects.requireNonNull(duration, name).isNegative() || duration.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, got " + duration);
      }
      return duration;
    }
  }
}
