package dev.hookwire.it.pocketbase.catalog;

/**
 * PocketBase's {@code BootstrapEvent}: the app is about to open (or has opened) its database and
 * loaded its settings. Nothing to change: a before-hook denies the start by throwing.
 *
 * @param dataDir the app's data directory ({@code pb_data})
 * @param dev whether the app runs in dev mode
 */
public record BootstrapEvent(String dataDir, boolean dev) {}
