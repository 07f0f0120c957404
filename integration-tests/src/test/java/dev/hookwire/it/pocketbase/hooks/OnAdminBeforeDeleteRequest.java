package dev.hookwire.it.pocketbase.hooks;

import dev.hookwire.it.pocketbase.catalog.Admin;
import dev.hookwire.it.pocketbase.catalog.Deletion;
import dev.hookwire.runtime.HookRejection;

/** The first admin cannot be deleted. */
public final class OnAdminBeforeDeleteRequest {
  public void handle(Deletion<Admin> deletion) {
    if (deletion.target().id().equals("root")) {
      throw new HookRejection("The first admin cannot be deleted.");
    }
  }
}
