package dev.hookwire.securityupstream;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** Reading token responses and JWTs, and the PKCE pair of an authorization request. */
public final class Tokens {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Tokens() {}

  @SuppressWarnings("unchecked")
  public static Map<String, Object> json(String body) {
    return JSON.readValue(body, Map.class);
  }

  /** The claims of a JWT (its signature is the authorization server's business, not this test's). */
  public static Map<String, Object> claims(String jwt) {
    String payload = jwt.split("\\.")[1];
    return json(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
  }

  public static String challenge(String verifier) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A query parameter of a redirect's {@code Location}. */
  public static String parameter(String location, String name) {
    String query = URI.create(location).getRawQuery();
    for (String pair : query.split("&")) {
      String[] kv = pair.split("=", 2);
      if (kv[0].equals(name)) {
        return URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
      }
    }
    throw new IllegalArgumentException(name + " not in " + location);
  }
}
