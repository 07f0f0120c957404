package dev.hookwire.it.pocketbase.catalog;

/**
 * What is about to be deleted: a before-delete hook can only let it go or deny it by throwing
 * {@code HookRejection}, so the entity has no patch.
 *
 * @param target the record, collection or admin to delete
 * @param <T> its type
 */
public record Deletion<T>(T target) {}
