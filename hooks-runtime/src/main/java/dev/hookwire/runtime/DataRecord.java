package dev.hookwire.runtime;

import dev.hookwire.annotations.PatchedBy;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A record of dynamic data, such as a row of a PocketBase collection: the collection it belongs to,
 * its id, and field values by name. Immutable: the fields are an unmodifiable copy, and a
 * before-hook changes a record only by returning a {@link DataRecordPatch}, whose {@code applyTo}
 * returns a new record.
 *
 * <pre>{@code
 * DataRecord post = new DataRecord("posts", "", Map.of("title", "Hello", "draft", true));
 * DataRecord stored = hooks.onRecordBeforeCreateRequest(post, ctx);   // merged with the hooks' patches
 * }</pre>
 *
 * <p>The collection and the id are not fields: no patch can change them. Field values may be
 * {@code null}; they are shared, not copied, so use immutable values (strings, numbers, {@code
 * List.of(..)}).
 */
@PatchedBy(DataRecordPatch.class)
public final class DataRecord {
  private final String collection;
  private final String id;
  private final Map<String, Object> fields;

  /**
   * @param collection the collection (or table) the record belongs to; not blank
   * @param id the record's id; empty for a record not stored yet
   * @param fields the field values by name, copied in their iteration order
   */
  public DataRecord(String collection, String id, Map<String, ?> fields) {
    this(copy(fields), collection, id);
  }

  /** Takes ownership of {@code fields}: only for maps no one else holds. */
  private DataRecord(Map<String, Object> fields, String collection, String id) {
    Objects.requireNonNull(collection, "collection");
    if (collection.isBlank()) {
      throw new IllegalArgumentException("A DataRecord needs a collection name");
    }
    this.collection = collection;
    this.id = Objects.requireNonNull(id, "id");
    this.fields = Collections.unmodifiableMap(fields);
  }

  private static Map<String, Object> copy(Map<String, ?> fields) {
    Objects.requireNonNull(fields, "fields");
    Map<String, Object> copy = new LinkedHashMap<>();
    fields.forEach((name, value) -> copy.put(Objects.requireNonNull(name, "field name"), value));
    return copy;
  }

  /** A record with these fields, sharing the collection and id: for {@link DataRecordPatch}. */
  DataRecord withOwnedFields(Map<String, Object> newFields) {
    return new DataRecord(newFields, collection, id);
  }

  /** The collection (or table) the record belongs to, for example {@code "posts"}. */
  public String collection() {
    return collection;
  }

  /** The record's id; empty for a record not stored yet. */
  public String id() {
    return id;
  }

  /** The fields by name, unmodifiable, in their original order. */
  public Map<String, Object> fields() {
    return fields;
  }

  /** Whether the record has this field (its value may be {@code null}). */
  public boolean has(String field) {
    return fields.containsKey(field);
  }

  /** The field's value; {@code null} when it is null or absent. */
  public Object get(String field) {
    return fields.get(field);
  }

  /** The field's value as text: {@code null} when it is null or absent, else its {@code toString()}. */
  public String getString(String field) {
    Object value = fields.get(field);
    return value == null ? null : value.toString();
  }

  /** Whether the field is {@code true} or the text {@code "true"} (any case). */
  public boolean getBoolean(String field) {
    Object value = fields.get(field);
    return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DataRecord that
        && collection.equals(that.collection)
        && id.equals(that.id)
        && fields.equals(that.fields);
  }

  @Override
  public int hashCode() {
    return Objects.hash(collection, id, fields);
  }

  @Override
  public String toString() {
    return "DataRecord{" + collection + (id.isEmpty() ? "" : "/" + id) + ", " + fields + "}";
  }
}
