package dev.hookwire.it.pocketbase.hooks;

import dev.hookwire.it.pocketbase.catalog.ApiError;
import dev.hookwire.it.pocketbase.catalog.ApiErrorPatch;
import java.util.Map;

/** Server errors never show their details to the client. */
public final class OnBeforeApiError {
  public ApiErrorPatch handle(ApiError error) {
    return error.status() >= 500
        ? ApiErrorPatch.of().message("Something went wrong.").data(Map.of())
        : null;
  }
}
