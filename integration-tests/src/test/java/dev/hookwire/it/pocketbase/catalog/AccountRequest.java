package dev.hookwire.it.pocketbase.catalog;

/**
 * PocketBase's password-reset, verification and email-change request and confirm events: an
 * account flow for one auth record or admin. Deny it by throwing.
 *
 * @param account the auth record or admin
 * @param email the address the flow is about (the new one for an email change)
 * @param <T> its type
 */
public record AccountRequest<T>(T account, String email) {}
