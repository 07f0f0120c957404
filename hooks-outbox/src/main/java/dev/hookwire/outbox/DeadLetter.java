package dev.hookwire.outbox;

import java.time.Instant;

/**
 * An event an operator has to look at: it failed {@code attempts} times (or permanently) and is no
 * longer tried. {@link Outbox#replay} sends it again.
 *
 * @param lastError the last failure's type and message (never a secret: targets keep them out)
 */
public record DeadLetter(
    String eventId,
    String target,
    String eventName,
    String json,
    Instant recordedAt,
    int attempts,
    Instant deadSince,
    String lastError) {}
