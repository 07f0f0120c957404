package dev.hookwire.it.pocketbase.catalog;

import dev.hookwire.annotations.Patchable;
import dev.hookwire.annotations.Protected;
import java.util.List;

/**
 * PocketBase's {@code Collection} model, reduced to what hooks look at. Its id is not a hook's to
 * change.
 *
 * @param id the collection's id
 * @param name its name, for example {@code posts}
 * @param type {@code base}, {@code auth} or {@code view}
 * @param fields its field names
 * @param listRule the API rule for listing; null for admins only
 * @param viewRule the API rule for viewing; null for admins only
 */
@Patchable
public record CollectionModel(
    @Protected String id,
    String name,
    String type,
    List<String> fields,
    String listRule,
    String viewRule) {
  public CollectionModel {
    fields = List.copyOf(fields);
  }
}
