package dev.hookwire.it.pocketbase.catalog;

import dev.hookwire.annotations.Patchable;
import dev.hookwire.annotations.Protected;

/**
 * PocketBase's {@code AdminAuthEvent}: the response to a successful admin authentication. A
 * before-hook may change the token; the admin is not its to change.
 *
 * @param admin the authenticated admin
 * @param token the auth token
 */
@Patchable
public record AdminAuth(@Protected Admin admin, String token) {}
