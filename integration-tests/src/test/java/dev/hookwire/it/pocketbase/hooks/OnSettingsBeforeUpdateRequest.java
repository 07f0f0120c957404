package dev.hookwire.it.pocketbase.hooks;

import dev.hookwire.it.pocketbase.catalog.SettingsUpdate;
import dev.hookwire.runtime.HookRejection;

/** The app URL must stay on HTTPS. */
public final class OnSettingsBeforeUpdateRequest {
  public void handle(SettingsUpdate update) {
    if (!update.next().appUrl().startsWith("https://")) {
      throw new HookRejection("The app URL must start with https://.");
    }
  }
}
