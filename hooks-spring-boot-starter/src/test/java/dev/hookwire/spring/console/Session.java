package dev.hookwire.spring.console;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * One browser's session with a service on a local port, over real HTTP: its cookies (the session,
 * {@code XSRF-TOKEN}), no redirect followed.
 */
final class Session {
  private final String base;
  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient http;

  Session(int port) {
    this.base = "http://127.0.0.1:" + port;
    this.http = HttpClient.newBuilder()
        .cookieHandler(cookies)
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  /** Signs in through the form login; returns where it redirected. */
  String signIn(String username, String password) throws IOException, InterruptedException {
    HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(
            "username=" + encode(username) + "&password=" + encode(password))));
    if (response.statusCode() != 302) {
      throw new AssertionError("sign-in answered " + response.statusCode());
    }
    return response.headers().firstValue("Location").orElse("");
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  /** A JSON POST carrying the {@code X-XSRF-TOKEN} header from the {@code XSRF-TOKEN} cookie. */
  HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
    HttpRequest.Builder request = json(path, json);
    String token = csrfToken();
    if (token != null) {
      request.header("X-XSRF-TOKEN", token);
    }
    return send(request);
  }

  /** The same POST with {@code token} in the header, whatever the cookie says. */
  HttpResponse<String> postWithHeader(String path, String json, String token)
      throws IOException, InterruptedException {
    return send(json(path, json).header("X-XSRF-TOKEN", token));
  }

  /** The same POST without the header. */
  HttpResponse<String> postWithoutCsrf(String path, String json)
      throws IOException, InterruptedException {
    return send(json(path, json));
  }

  String csrfToken() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElse(null);
  }

  private HttpRequest.Builder json(String path, String json) {
    return HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json));
  }

  private HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create(base + path);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
