package dev.hookwire.auth;

import dev.hookwire.annotations.Patchable;
import dev.hookwire.annotations.Protected;
import java.time.Instant;

/**
 * A user account. A before-hook changes it by returning a {@link UserPatch}; {@code id} is
 * protected: no patch can change it.
 */
@Patchable
public record User(
    @Protected String id,
    String name,
    String email,
    boolean emailVerified,
    String image,
    Instant createdAt,
    Instant updatedAt) {}
