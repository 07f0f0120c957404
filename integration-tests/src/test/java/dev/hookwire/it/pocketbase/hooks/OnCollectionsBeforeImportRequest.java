package dev.hookwire.it.pocketbase.hooks;

import dev.hookwire.it.pocketbase.catalog.CollectionsImport;
import dev.hookwire.it.pocketbase.catalog.CollectionsImportPatch;

/** An import never deletes collections it does not mention. */
public final class OnCollectionsBeforeImportRequest {
  public CollectionsImportPatch handle(CollectionsImport collectionsImport) {
    return collectionsImport.deleteMissing()
        ? CollectionsImportPatch.of().deleteMissing(false)
        : null;
  }
}
