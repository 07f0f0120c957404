package dev.hookwire.it.pocketbase.catalog;

import dev.hookwire.annotations.Patchable;
import dev.hookwire.annotations.Protected;
import dev.hookwire.runtime.DataRecord;
import java.util.Map;

/**
 * PocketBase's {@code RecordAuthWithOAuth2Event}: a sign-in or sign-up through an OAuth2 provider.
 * A before-hook may link a different record or shape the data of the record about to be created;
 * what the provider said is not its to change.
 *
 * @param provider the provider, for example {@code google}
 * @param providerId the user's id at the provider
 * @param email the email the provider returned
 * @param record the linked auth record, or null when a new one will be created
 * @param createData the fields of the record to create when there is none
 */
@Patchable
public record OAuth2Auth(
    @Protected String provider,
    @Protected String providerId,
    @Protected String email,
    DataRecord record,
    Map<String, Object> createData) {
  public OAuth2Auth {
    createData = Map.copyOf(createData);
  }
}
