package dev.hookwire.it.pocketbase.hooks;

import dev.hookwire.it.pocketbase.catalog.CollectionModel;
import dev.hookwire.it.pocketbase.catalog.CollectionModelPatch;

/** A new collection is listable by signed-in users unless it says otherwise. */
public final class OnCollectionBeforeCreateRequest {
  public CollectionModelPatch handle(CollectionModel collection) {
    return collection.listRule() == null
        ? CollectionModelPatch.of().listRule("@request.auth.id != ''")
        : null;
  }
}
