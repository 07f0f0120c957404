package dev.hookwire.it.pocketbase.catalog;

/**
 * PocketBase's {@code RecordAuthRefreshEvent} and {@code AdminAuthRefreshEvent}: a token refresh
 * for an authenticated account. Deny it by throwing.
 *
 * @param account the auth record or admin
 * @param <T> its type
 */
public record AuthRefresh<T>(T account) {}
