package dev.hookwire.it.pocketbase.catalog;

import dev.hookwire.annotations.Patchable;
import dev.hookwire.annotations.Protected;

/**
 * PocketBase's {@code Admin} model. Its id is not a hook's to change.
 *
 * @param id the admin's id
 * @param email the admin's email
 * @param avatar the avatar number
 */
@Patchable
public record Admin(@Protected String id, String email, int avatar) {}
