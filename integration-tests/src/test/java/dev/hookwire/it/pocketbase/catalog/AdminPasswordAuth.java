package dev.hookwire.it.pocketbase.catalog;

import dev.hookwire.annotations.Patchable;
import dev.hookwire.annotations.Protected;

/**
 * PocketBase's {@code AdminAuthWithPasswordEvent}: an admin sign-in. A before-hook may locate a
 * different admin for the identity; the identity typed is not its to change.
 *
 * @param identity the email submitted
 * @param admin the admin found for it, or null
 */
@Patchable
public record AdminPasswordAuth(@Protected String identity, Admin admin) {}
