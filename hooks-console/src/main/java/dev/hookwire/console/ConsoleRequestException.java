package dev.hookwire.console;

import java.util.Objects;
import java.util.Optional;

/**
 * A request the console refuses, and nothing changed: an unknown event, hook, version or action
 * (the message names the closest), a missing or malformed field, a dry-run input that does not
 * read as the event's entity. The message is written to be shown to the administrator; it never
 * holds an exception's own text. A host answers it with a 400 {@code {"error": message, "field":
 * field}}.
 */
public final class ConsoleRequestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The JSON path of the bad field, or null. */
  private final String field;

  /**
   * @param message safe to show: what is wrong and, when it can, the closest valid value
   * @param field the JSON path of the bad field ({@code "event"}, {@code "input.email"}), or null
   */
  public ConsoleRequestException(String message, String field) {
    super(Objects.requireNonNull(message, "message"));
    this.field = field;
  }

  /** The JSON path of the bad field in the request ({@code "input.email"}), when there is one. */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }
}
