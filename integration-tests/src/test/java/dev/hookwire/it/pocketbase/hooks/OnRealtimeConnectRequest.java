package dev.hookwire.it.pocketbase.hooks;

import dev.hookwire.it.pocketbase.catalog.RealtimeClient;
import dev.hookwire.runtime.HookRejection;

/** Guests get no realtime connection. */
public final class OnRealtimeConnectRequest {
  public void handle(RealtimeClient client) {
    if (client.authRecordId().isEmpty()) {
      throw new HookRejection("Sign in to receive live updates.");
    }
  }
}
