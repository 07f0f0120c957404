package dev.hookwire.auth;

import dev.hookwire.annotations.Patchable;
import dev.hookwire.annotations.Protected;
import java.time.Instant;

/**
 * A signed-in session. A before-hook changes it by returning a {@link SessionPatch}; {@code id},
 * {@code userId} and {@code token} are protected.
 */
@Patchable
public record Session(
    @Protected String id,
    @Protected String userId,
    @Protected String token,
    Instant expiresAt,
    String ipAddress,
    String userAgent,
    String activeOrganizationId,
    Instant createdAt,
    Instant updatedAt) {}
