package dev.hookwire.it.pocketbase.hooks;

import dev.hookwire.it.pocketbase.catalog.Settings;

/** The sender address is not shown through the API. */
public final class OnSettingsListRequest {
  public Settings handle(Settings settings) {
    return new Settings(settings.appName(), settings.appUrl(), settings.hideControls(), "");
  }
}
