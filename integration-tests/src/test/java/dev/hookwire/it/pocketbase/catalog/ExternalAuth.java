package dev.hookwire.it.pocketbase.catalog;

/**
 * PocketBase's {@code ExternalAuth} model: a link between an auth record and an OAuth2 account.
 *
 * @param id the link's id
 * @param collection the auth record's collection
 * @param recordId the auth record's id
 * @param provider the provider, for example {@code github}
 * @param providerId the user's id at the provider
 */
public record ExternalAuth(
    String id, String collection, String recordId, String provider, String providerId) {}
