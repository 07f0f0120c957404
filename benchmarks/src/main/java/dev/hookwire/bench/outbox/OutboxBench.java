package dev.hookwire.bench.outbox;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.hookwire.auth.AuthHooks;
import dev.hookwire.auth.User;
import dev.hookwire.outbox.Outbox;
import dev.hookwire.outbox.OutboxWorkers;
import dev.hookwire.outbox.OutboxWriter;
import dev.hookwire.runtime.HookContext;
import dev.hookwire.runtime.HookListener;
import dev.hookwire.runtime.HookRuntime;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The outbox's two numbers, measured by wall clock (not JMH: each is a database round trip or a
 * drain of thousands of rows, far above JMH's resolution and its harness costs).
 *
 * <ol>
 *   <li>What a durable hook adds to the host's transaction: one transaction = a connection from a
 *       HikariCP pool, an {@code INSERT} of the user, the after-user-create dispatch, {@code
 *       COMMIT}; with an inline after-hook (the baseline) and with a durable one (the dispatch
 *       records the event). Alternated, median and p99, on H2 (in memory) and embedded PostgreSQL.
 *   <li>Drain throughput on embedded PostgreSQL with a pool: the events recorded first, then 1, 2
 *       and 4 workers deliver them to a hook that counts (median of three); side by side,
 *       db-scheduler 16.7.1
 *       executing as many one-time tasks that count, with as many threads, lock-and-fetch ({@code
 *       FOR UPDATE SKIP LOCKED}) at its largest batch.
 * </ol>
 *
 * System properties: {@code hookwire.bench.outbox.transactions} (2,000 of each kind), {@code
 * hookwire.bench.outbox.events} (10,000 per drain). Run by {@code benchmarks/run.sh --only outbox}.
 */
public final class OutboxBench {
  private static final PrintStream OUT = System.out;

  private OutboxBench() {}

  public static void main(String[] args) throws Exception {
    int transactions = Integer.getInteger("hookwire.bench.outbox.transactions", 2000);
    int events = Integer.getInteger("hookwire.bench.outbox.events", 10_000);
    OUT.println("Outbox benchmark: " + transactions + " transactions of each kind, " + events
        + " events per drain; " + Runtime.getRuntime().availableProcessors() + " cores");
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      OUT.println();
      OUT.println("Host transaction (insert + after-user-create + commit), microseconds:");
      OUT.println("database    hook      median      p99");
      try (HikariDataSource h2 = pool("jdbc:h2:mem:outbox-bench;DB_CLOSE_DELAY=-1", 4)) {
        transactionCost("h2", h2, transactions);
      }
      try (HikariDataSource pg = pool(database(postgres, "tx"), 4)) {
        transactionCost("postgresql", pg, transactions);
      }
      OUT.println();
      OUT.println("Drain on PostgreSQL (pool of workers + 2), deliveries per second, median of 3:");
      OUT.println("workers   hookwire   db-scheduler   hookwire/db-scheduler");
      int run = 0;
      for (int workers : new int[] {1, 2, 4}) {
        // Alternated, three of each: the median of each side, so that a burst of other work on
        // the machine does not land on one side only.
        double[] hookwireRuns = new double[3];
        double[] schedulerRuns = new double[3];
        for (int i = 0; i < 3; i++) {
          run++;
          hookwireRuns[i] = hookwireDrain(postgres, "hookwire" + run, workers, events);
          schedulerRuns[i] = dbSchedulerDrain(postgres, "dbscheduler" + run, workers, events);
        }
        Arrays.sort(hookwireRuns);
        Arrays.sort(schedulerRuns);
        double hookwire = hookwireRuns[1];
        double scheduler = schedulerRuns[1];
        OUT.printf(
            Locale.ROOT,
            "%7d   %8.0f   %12.0f   %20.2f%n",
            workers,
            hookwire,
            scheduler,
            hookwire / scheduler);
      }
    }
  }

  static HikariDataSource pool(String url, int size) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(url.startsWith("jdbc:postgresql") ? "postgres" : "sa");
    config.setMaximumPoolSize(size);
    config.setMinimumIdle(size);
    return new HikariDataSource(config);
  }

  static String database(EmbeddedPostgres postgres, String name) throws SQLException {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    }
    return postgres.getJdbcUrl("postgres", name);
  }

  static User user(long n) {
    return new User(
        "u" + n, "User " + n, "u" + n + "@example.com", false, null, Instant.EPOCH, null);
  }

  static void transactionCost(String name, HikariDataSource dataSource, int transactions)
      throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE users (id VARCHAR(40) PRIMARY KEY, email VARCHAR(200))");
    }
    HookRuntime runtime = HookRuntime.builder().listener(HookListener.none()).build();
    AuthHooks inline = new dev.hookwire.bench.outbox.inline.HookWiring(runtime);
    dev.hookwire.bench.outbox.durable.HookWiring durable =
        new dev.hookwire.bench.outbox.durable.HookWiring(runtime);
    Outbox outbox = Outbox.builder(dataSource).durableHooks(durable).build();
    AtomicLong next = new AtomicLong();
    int warmup = Math.max(500, transactions / 2);
    long[] inlineTimes = new long[transactions];
    long[] durableTimes = new long[transactions];
    for (int i = -warmup; i < transactions; i++) {
      long a = signUp(
          dataSource,
          next.incrementAndGet(),
          (c, u) -> inline.afterUserCreate(u, HookContext.empty()));
      long b = signUp(
          dataSource,
          next.incrementAndGet(),
          (c, u) -> durable.afterUserCreate(u, outbox.context(c, HookContext.empty())));
      if (i >= 0) {
        inlineTimes[i] = a;
        durableTimes[i] = b;
      }
    }
    print(name, "inline", inlineTimes);
    print(name, "durable", durableTimes);
    OUT.printf(
        Locale.ROOT,
        "%-10s  added     %9.1f %9.1f%n",
        name,
        (percentile(durableTimes, 50) - percentile(inlineTimes, 50)) / 1000.0,
        (percentile(durableTimes, 99) - percentile(inlineTimes, 99)) / 1000.0);
  }

  interface Dispatch {
    void run(Connection connection, User user);
  }

  /** One host transaction; its wall time in nanoseconds. */
  static long signUp(HikariDataSource dataSource, long n, Dispatch dispatch) throws SQLException {
    long start = System.nanoTime();
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      User user = user(n);
      try (PreparedStatement insert =
          connection.prepareStatement("INSERT INTO users (id, email) VALUES (?, ?)")) {
        insert.setString(1, user.id());
        insert.setString(2, user.email());
        insert.executeUpdate();
      }
      dispatch.run(connection, user);
      connection.commit();
    }
    return System.nanoTime() - start;
  }

  static void print(String database, String hook, long[] times) {
    OUT.printf(
        Locale.ROOT,
        "%-10s  %-8s  %9.1f %9.1f%n",
        database,
        hook,
        percentile(times, 50) / 1000.0,
        percentile(times, 99) / 1000.0);
  }

  static long percentile(long[] times, int p) {
    long[] sorted = times.clone();
    Arrays.sort(sorted);
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }

  static double hookwireDrain(EmbeddedPostgres postgres, String name, int workers, int events)
      throws Exception {
    try (HikariDataSource dataSource = pool(database(postgres, name), workers + 2)) {
      HookRuntime runtime = HookRuntime.builder().listener(HookListener.none()).build();
      dev.hookwire.bench.outbox.durable.HookWiring wiring =
          new dev.hookwire.bench.outbox.durable.HookWiring(runtime);
      Outbox outbox = Outbox.builder(dataSource)
          .durableHooks(wiring)
          .pollInterval(Duration.ofMillis(10))
          .build();
      String target = wiring.durableHooks().get(0).name();
      try (Connection connection = dataSource.getConnection()) {
        connection.setAutoCommit(false);
        OutboxWriter writer = outbox.writer(connection);
        for (int i = 0; i < events; i++) {
          writer.record("after-user-create", user(i), target);
          if (i % 500 == 499) {
            connection.commit();
          }
        }
        connection.commit();
      }
      dev.hookwire.bench.outbox.durable.AfterUserCreate.DELIVERED.set(0);
      long start = System.nanoTime();
      OutboxWorkers running = outbox.start(workers);
      long elapsed =
          await(dev.hookwire.bench.outbox.durable.AfterUserCreate.DELIVERED::get, events, start);
      running.close();
      if (outbox.counts().delivered() != events) {
        throw new IllegalStateException("delivered " + outbox.counts() + " of " + events);
      }
      return events / (elapsed / 1e9);
    }
  }

  static double dbSchedulerDrain(EmbeddedPostgres postgres, String name, int workers, int events)
      throws Exception {
    try (HikariDataSource dataSource = pool(database(postgres, name), workers + 2)) {
      try (Connection connection = dataSource.getConnection();
          Statement statement = connection.createStatement()) {
        // db-scheduler's PostgreSQL table, as its documentation gives it.
        statement.execute("CREATE TABLE scheduled_tasks (task_name TEXT NOT NULL,"
            + " task_instance TEXT NOT NULL, task_data BYTEA,"
            + " execution_time TIMESTAMP WITH TIME ZONE NOT NULL, picked BOOLEAN NOT NULL,"
            + " picked_by TEXT, last_success TIMESTAMP WITH TIME ZONE,"
            + " last_failure TIMESTAMP WITH TIME ZONE, consecutive_failures INT,"
            + " last_heartbeat TIMESTAMP WITH TIME ZONE, version BIGINT NOT NULL,"
            + " priority SMALLINT, PRIMARY KEY (task_name, task_instance))");
        statement.execute("CREATE INDEX execution_time_idx ON scheduled_tasks (execution_time)");
      }
      AtomicLong executed = new AtomicLong();
      OneTimeTask<Void> task = Tasks.oneTime("after-user-create").execute((instance, context) -> {
        executed.incrementAndGet();
      });
      Scheduler scheduler = Scheduler.create(dataSource, task)
          .threads(workers)
          .pollingInterval(Duration.ofMillis(10))
          // Its largest batch (3 x threads), the closest to the outbox's 20 per claim.
          .pollUsingLockAndFetch(0.5, SchedulerBuilder.UPPER_LIMIT_FRACTION_OF_THREADS_FOR_FETCH)
          .build();
      List<TaskInstance<?>> instances = new ArrayList<>(events);
      for (int i = 0; i < events; i++) {
        instances.add(task.instance("e" + i));
      }
      scheduler.scheduleBatch(instances, Instant.now().minusSeconds(1));
      long start = System.nanoTime();
      scheduler.start();
      long elapsed = await(executed::get, events, start);
      scheduler.stop();
      return events / (elapsed / 1e9);
    }
  }

  /** Waits until {@code count} reaches {@code events}; the nanoseconds since {@code start}. */
  static long await(LongSupplier count, int events, long start) throws InterruptedException {
    long deadline = start + Duration.ofMinutes(5).toNanos();
    while (count.getAsLong() < events) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "only " + count.getAsLong() + " of " + events + " in 5 min");
      }
      Thread.sleep(1);
    }
    return System.nanoTime() - start;
  }
}
