/**
 * Durable after-hooks: an event recorded with the host's write, in the host's transaction, and
 * delivered after commit, at least once, whatever crashes in between.
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>{@link dev.hookwire.outbox.OutboxWriter#record} writes through the host's own {@link
 *       java.sql.Connection} and refuses one in auto-commit mode: a rolled-back write leaves no
 *       event.
 *   <li>Workers ({@link dev.hookwire.outbox.Outbox#start}, in any number of instances sharing the
 *       database) claim due rows; on PostgreSQL the candidates are locked with {@code SELECT ...
 *       FOR UPDATE SKIP LOCKED}, and on every database the claim is a compare-and-set, so a row is
 *       held by one worker at a time. A claim is a lease (2 minutes by default): a crashed worker's
 *       rows are due again when it ends.
 *   <li>Each event has a stable id, the same on every attempt, given to the target ({@link
 *       dev.hookwire.outbox.DurableEvent#eventId()}, and in the {@code HookContext} metadata
 *       {@value dev.hookwire.outbox.DurableEvent#EVENT_ID}): deliveries are at least once, so
 *       targets deduplicate by it.
 *   <li>Failures retry with exponential backoff and jitter ({@link dev.hookwire.outbox.RetryPolicy})
 *       up to a maximum of attempts, then the event is dead-lettered: {@link
 *       dev.hookwire.outbox.Outbox#deadLetters} lists, {@link dev.hookwire.outbox.Outbox#replay}
 *       sends again.
 *   <li>The tables are created if missing and versioned ({@code hookwire_outbox_schema}); H2 and
 *       PostgreSQL. Entities are stored as JSON with Jackson 3.
 * </ul>
 *
 * <h2>Why a table of our own, not an engine</h2>
 *
 * Three maintained engines were evaluated on the two things that matter here: a transactional write
 * through the host's {@code Connection}, and a multi-instance claim that retakes crashed workers'
 * claims.
 *
 * <ul>
 *   <li><b>namastack-outbox</b> 1.6.0 is written in Kotlin for Spring Boot: its core depends on
 *       {@code spring-boot}, {@code spring-tx} and {@code kotlin-reflect} and joins Spring
 *       transactions only. This module is plain JDBC; ruled out.
 *   <li><b>db-scheduler</b> 16.7.1 has the claim (a {@code lock-and-fetch} polling strategy with
 *       {@code FOR UPDATE SKIP LOCKED} on PostgreSQL, heartbeats that detect dead executions), but
 *       {@code SchedulerClient} schedules through a {@code DataSource}, never a given {@code
 *       Connection}: joining the host's transaction needs a data source that hands out the host's
 *       thread-bound connection, the easy-to-misuse shape the issue asks to avoid. It has no dead
 *       letters to list and replay (a task past its retries is ended or rescheduled), its
 *       exponential backoff has no jitter, and a {@code Retry-After} per attempt means a custom
 *       failure handler.
 *   <li><b>gruelbox transaction-outbox</b> 4.2.268 has both: the write in the host's transaction
 *       (a {@code ParameterContextTransactionManager} or thread-local transaction manager), {@code
 *       FOR UPDATE SKIP LOCKED} and a lease through {@code nextAttemptTime}, blocking after n
 *       attempts and {@code unblock}. But what it records is a method call on a proxy (Byte Buddy
 *       and Objenesis) serialized with Gson and replayed by reflection through an {@code
 *       Instantiator}: the opposite of Hookwire's generated, reflection-free wiring and of JSON
 *       entities a receiver can read. Its retries come at a fixed {@code attemptFrequency} (no
 *       exponential backoff, no jitter, no {@code Retry-After}), and it brings five dependencies.
 * </ul>
 *
 * The outbox needed is one table and four statements (insert, claim, finish, replay); owning them
 * gives exactly the contract above with Jackson as the only dependency, and the claim is the same
 * {@code SKIP LOCKED} plus lease the engines use.
 *
 * <h2>Limits</h2>
 *
 * Due times come from each instance's clock: instances whose clocks differ by more than the lease
 * can take each other's claims early. A delivery longer than the lease can run twice at once; the
 * outbox logs it when the late worker finishes.
 */
package dev.hookwire.outbox;
