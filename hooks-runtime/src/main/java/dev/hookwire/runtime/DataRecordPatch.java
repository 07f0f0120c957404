package dev.hookwire.runtime;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * A change to a {@link DataRecord}: the fields it sets or removes, nothing else. A before-hook
 * returns one to change the record; the wiring merges it with {@link #applyTo}, which returns a new
 * record and never changes its input. The record's collection and id cannot be changed.
 *
 * <pre>{@code
 * return DataRecordPatch.of().set("slug", slugOf(post.getString("title"))).unset("draftNotes");
 * }</pre>
 *
 * <p>A patch is built by one hook on one thread; it is not thread-safe.
 */
public final class DataRecordPatch {
  /** The value of a field to remove. */
  private static final Object UNSET = new Object();

  private final Map<String, Object> changes = new LinkedHashMap<>();
  private boolean stopChain;

  private DataRecordPatch() {}

  /** An empty patch: it changes nothing until a field is set or unset. */
  public static DataRecordPatch of() {
    return new DataRecordPatch();
  }

  /** Sets the field, adding it when the record does not have it; {@code null} sets it to null. */
  public DataRecordPatch set(String field, Object value) {
    changes.put(name(field), value);
    return this;
  }

  /** Removes the field from the record (nothing happens when it has none). */
  public DataRecordPatch unset(String field) {
    changes.put(name(field), UNSET);
    return this;
  }

  private static String name(String field) {
    Objects.requireNonNull(field, "field");
    if (field.isBlank()) {
      throw new IllegalArgumentException("A field needs a name");
    }
    return field;
  }

  /**
   * Stops the chain: the hooks after this one, of this event, do not run. The operation goes on
   * with the record merged so far, this patch included; to deny it instead, throw {@code
   * HookRejection}.
   */
  public DataRecordPatch stopChain() {
    this.stopChain = true;
    return this;
  }

  /** Whether {@link #stopChain()} was called. */
  public boolean stopsChain() {
    return stopChain;
  }

  /** Whether this patch sets or unsets no field ({@link #stopChain()} aside). */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /**
   * Returns a new {@link DataRecord} with this patch's changes, in the same collection and with the
   * same id; {@code record} is not changed. An empty patch returns {@code record} itself. A field
   * set on a record that lacks it is added after the record's own fields.
   */
  public DataRecord applyTo(DataRecord record) {
    Objects.requireNonNull(record, "record");
    if (isEmpty()) {
      return record;
    }
    Map<String, Object> fields = new LinkedHashMap<>(record.fields());
    changes.forEach((field, value) -> {
      if (value == UNSET) {
        fields.remove(field);
      } else {
        fields.put(field, value);
      }
    });
    return record.withOwnedFields(fields);
  }

  /** The changes, for logs: {@code DataRecordPatch{set title=Hello, unset draft}}. */
  @Override
  public String toString() {
    StringJoiner text =
        new StringJoiner(", ", "DataRecordPatch{", stopChain ? "; stops the chain}" : "}");
    changes.forEach((field, value) ->
        text.add(value == UNSET ? "unset " + field : "set " + field + "=" + value));
    return text.toString();
  }
}
