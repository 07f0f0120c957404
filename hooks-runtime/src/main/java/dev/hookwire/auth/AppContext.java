package dev.hookwire.auth;

import dev.hookwire.annotations.Patchable;
import dev.hookwire.annotations.Protected;

/**
 * The context of an OAuth request. {@code resolve-oauth-context} hooks set the tenant fields
 * through an {@link AppContextPatch}; who is authenticated ({@code authenticated}, {@code userId},
 * {@code user}) is protected.
 */
@Patchable
public record AppContext(
    @Protected boolean authenticated,
    @Protected String userId,
    @Protected User user,
    String organizationId,
    String role) {}
