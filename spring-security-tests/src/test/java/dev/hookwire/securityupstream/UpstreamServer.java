package dev.hookwire.securityupstream;

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
 */
@SpringBootApplication
public class UpstreamServer {

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

  public static void main(String[] args) {
    SpringApplication.run(UpstreamServer.class, args);
  }
}
