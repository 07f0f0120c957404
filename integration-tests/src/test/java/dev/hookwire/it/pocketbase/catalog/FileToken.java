package dev.hookwire.it.pocketbase.catalog;

import dev.hookwire.annotations.Patchable;
import dev.hookwire.annotations.Protected;
import dev.hookwire.runtime.DataRecord;

/**
 * PocketBase's {@code FileTokenEvent}: a token for protected files, for an authenticated account.
 * A before-hook may issue its own token.
 *
 * @param auth the authenticated auth record (or admin, as a record of {@code _admins})
 * @param token the file token
 */
@Patchable
public record FileToken(@Protected DataRecord auth, String token) {}
