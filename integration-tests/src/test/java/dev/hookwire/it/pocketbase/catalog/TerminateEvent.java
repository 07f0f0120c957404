package dev.hookwire.it.pocketbase.catalog;

/**
 * PocketBase's {@code TerminateEvent}: the app is shutting down.
 *
 * @param restart whether it is restarting (an update, a settings change) rather than stopping
 */
public record TerminateEvent(boolean restart) {}
