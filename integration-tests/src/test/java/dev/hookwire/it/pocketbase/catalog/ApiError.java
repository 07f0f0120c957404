package dev.hookwire.it.pocketbase.catalog;

import dev.hookwire.annotations.Patchable;
import dev.hookwire.annotations.Protected;
import java.util.Map;

/**
 * PocketBase's {@code ApiErrorEvent}: the error response about to be sent. A before-hook may
 * rewrite its status, message and data; the request path it answers is not its to change.
 *
 * @param path the request path that failed
 * @param status the HTTP status
 * @param message the message the client sees
 * @param data field errors by name
 */
@Patchable
public record ApiError(
    @Protected String path, int status, String message, Map<String, Object> data) {
  public ApiError {
    data = Map.copyOf(data);
  }
}
