package dev.hookwire.it.pocketbase.catalog;

import dev.hookwire.annotations.Patchable;
import java.util.List;

/**
 * PocketBase's {@code CollectionsImportEvent}: a collections import. A before-hook may change what
 * is imported and whether missing collections are deleted.
 *
 * @param collections the collections to import
 * @param deleteMissing whether collections not in the import are deleted
 */
@Patchable
public record CollectionsImport(List<CollectionModel> collections, boolean deleteMissing) {
  public CollectionsImport {
    collections = List.copyOf(collections);
  }
}
