package dev.hookwire.it.pocketbase.catalog;

import dev.hookwire.runtime.DataRecord;
import java.util.List;

/**
 * PocketBase's {@code RecordsListEvent}: one page of records of a collection, as the API returns it.
 *
 * @param collection the collection listed
 * @param page the page number, from 1
 * @param perPage the page size
 * @param totalItems the number of records the query matched
 * @param items the records of this page
 */
public record RecordPage(
    String collection, int page, int perPage, int totalItems, List<DataRecord> items) {
  public RecordPage {
    items = List.copyOf(items);
  }
}
