package dev.hookwire.it.pocketbase.hooks;

import dev.hookwire.it.pocketbase.catalog.Admin;
import dev.hookwire.it.pocketbase.catalog.AdminPatch;
import java.util.Locale;

/** Admin emails are stored in lower case. */
public final class OnAdminBeforeCreateRequest {
  public AdminPatch handle(Admin admin) {
    return AdminPatch.of().email(admin.email().strip().toLowerCase(Locale.ROOT));
  }
}
