package dev.hookwire.securityupstream;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * A second authorization server, upstream of the application under test (as GitHub or Google
 * would be): Spring Boot's default authorization server with one user and one client, and no
 * Hookwire ({@code upstream.properties} excludes it). Its ID tokens carry the user's email.
 *
 * <p>The path tests and the Spring demo both sign in through it: {@link #clientProperties} is the
 * client registration an application needs, {@link #signIn} the browser's whole redirect dance.
 */
@SpringBootApplication
public class UpstreamServer {
  /** The one user it knows, and that user's password. */
  public static final String USER = "oidc-user";

  public static final String PASSWORD = "upstream-password";

  private static final Pattern CSRF =
      Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"");

  @Bean
  OAuth2TokenCustomizer<JwtEncodingContext> emailInIdToken() {
    return token -> {
      if (OidcParameterNames.ID_TOKEN.equals(token.getTokenType().getValue())) {
        String name = token.getPrincipal().getName();
        token
            .getClaims()
            .claim("email", name + "@upstream.example")
            .claim("email_verified", true)
            .claim("name", "Upstream " + name);
      }
    };
  }

  /** Starts it on a free loopback port; the caller closes it. */
  public static ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(UpstreamServer.class)
        .properties("spring.config.name=upstream")
        .run();
  }

  /** The port it listens on. */
  public static int port(ConfigurableApplicationContext context) {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  /**
   * The Spring Boot properties of an OAuth2 client registration {@code upstream} against the
   * server on {@code port}: OIDC login with the client {@code upstream.properties} declares.
   */
  public static Map<String, String> clientProperties(int port) {
    String client = "spring.security.oauth2.client.registration.upstream.";
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put(client + "client-id", "hookwire");
    properties.put(client + "client-secret", "upstream-secret");
    properties.put(client + "authorization-grant-type", "authorization_code");
    properties.put(client + "redirect-uri", "{baseUrl}/login/oauth2/code/{registrationId}");
    properties.put(client + "scope", "openid,profile,email");
    properties.put(
        "spring.security.oauth2.client.provider.upstream.issuer-uri", "http://127.0.0.1:" + port);
    return properties;
  }

  /**
   * An OIDC login of {@link #USER} at the application {@code app} talks to: from {@code
   * /oauth2/authorization/upstream} to the upstream server (signing in there with {@code
   * upstream}'s cookies unless that browser already is) and back to the application's callback.
   * Returns the application's answer to the callback; throws if any step is not the redirect a
   * login makes.
   */
  public static HttpResponse<String> signIn(Browser app, Browser upstream) {
    String toUpstream = location(app.get("/oauth2/authorization/upstream"));
    String back = location(upstream.getAbsolute(toUpstream));
    if (back.endsWith("/login")) { // not signed in upstream yet
      Matcher csrf = CSRF.matcher(upstream.get("/login").body());
      if (!csrf.find()) {
        throw new IllegalStateException("The upstream login page has no CSRF token");
      }
      HttpResponse<String> login = upstream.post(
          "/login", Browser.form("username", USER, "password", PASSWORD, "_csrf", csrf.group(1)));
      back = location(upstream.getAbsolute(location(login)));
    }
    if (!back.contains("/login/oauth2/code/upstream?code=")) {
      throw new IllegalStateException("The upstream server did not send a code back: " + back);
    }
    return app.getAbsolute(back);
  }

  /** The {@code Location} of a redirect; throws for any other answer. */
  public static String location(HttpResponse<String> response) {
    if (response.statusCode() != 302) {
      throw new IllegalStateException("Expected a redirect from " + response.uri() + ", got "
          + response.statusCode() + " " + response.body());
    }
    return response.headers().firstValue("Location").orElseThrow();
  }

  public static void main(String[] args) {
    SpringApplication.run(UpstreamServer.class, args);
  }
}
