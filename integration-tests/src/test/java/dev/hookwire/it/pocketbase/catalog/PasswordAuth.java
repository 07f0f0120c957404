package dev.hookwire.it.pocketbase.catalog;

import dev.hookwire.annotations.Patchable;
import dev.hookwire.annotations.Protected;
import dev.hookwire.runtime.DataRecord;

/**
 * PocketBase's {@code RecordAuthWithPasswordEvent}: a sign-in with an identity and a password. A
 * before-hook may locate a different record for the identity (PocketBase: "assign e.Record"); the
 * identity the user typed is not its to change. The password is the host's to check, never a
 * hook's to read.
 *
 * @param identity the email or username submitted
 * @param record the auth record found for it, or null
 */
@Patchable
public record PasswordAuth(@Protected String identity, DataRecord record) {}
