package dev.hookwire.it.pocketbase.catalog;

import dev.hookwire.annotations.Patchable;
import dev.hookwire.annotations.Protected;

/**
 * PocketBase's {@code SettingsUpdateEvent}: the settings before and after an update. A before-hook
 * may change the new settings; the old ones are history.
 *
 * @param old the settings in force
 * @param next the settings submitted
 */
@Patchable
public record SettingsUpdate(@Protected Settings old, Settings next) {}
