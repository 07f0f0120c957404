package dev.hookwire.it.pocketbase.hooks;

import dev.hookwire.it.pocketbase.catalog.OAuth2Auth;
import dev.hookwire.it.pocketbase.catalog.OAuth2AuthPatch;
import java.util.HashMap;
import java.util.Map;

/** A user signing up through OAuth2 gets a name from their email. */
public final class OnRecordBeforeAuthWithOAuth2Request {
  public OAuth2AuthPatch handle(OAuth2Auth auth) {
    if (auth.record() != null || auth.createData().containsKey("name")) {
      return null;
    }
    Map<String, Object> data = new HashMap<>(auth.createData());
    data.put("name", auth.email().substring(0, auth.email().indexOf('@')));
    return OAuth2AuthPatch.of().createData(data);
  }
}
