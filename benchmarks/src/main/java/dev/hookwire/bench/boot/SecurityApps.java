package dev.hookwire.bench.boot;

import static org.springframework.security.config.Customizer.withDefaults;

import dev.hookwire.bench.boot.security.LoginCounter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The Spring Security application the security benchmark drives over HTTP: Tomcat on a loopback
 * port, one user, form login, and the authorization server issuing JWTs to
 * one confidential client by client credentials and by authorization code (no consent page). The same application runs with no Hookwire (every Hookwire
 * auto-configuration excluded) or with the starter and one listed wiring.
 *
 * <p>Passwords and the client secret are compared as they are ({@link Application#passwords}), so
 * that a login costs what Spring Security and the adapters cost. With Spring's default encoder a
 * {@code {noop}} password is upgraded to bcrypt at the first login (Spring Security's {@code
 * UserDetailsPasswordService}, the authorization server's client secret likewise), and every
 * later login then spends its time in bcrypt.
 */
public final class SecurityApps {
  public static final String USER = "ada@example.com";
  public static final String PASSWORD = "secret";
  public static final String CLIENT_ID = "bench";
  public static final String CLIENT_SECRET = "bench-secret";
  public static final String REDIRECT_URI = "http://127.0.0.1/callback";

  private static final String HOOKWIRE_AUTO_CONFIGURATIONS = String.join(
      ",",
      "dev.hookwire.spring.HookwireAutoConfiguration",
      "dev.hookwire.spring.HookwireMetricsAutoConfiguration",
      "dev.hookwire.spring.HookwireEndpointAutoConfiguration",
      "dev.hookwire.spring.security.HookwireSecurityAutoConfiguration");

  private SecurityApps() {}

  /** The application: its users, the counter the 8 hooks take, and its two filter chains. */
  @Configuration(proxyBeanMethods = false)
  @EnableAutoConfiguration
  public static class Application {
    @Bean
    InMemoryUserDetailsManager users() {
      return new InMemoryUserDetailsManager(
          User.withUsername(USER).password(PASSWORD).roles("USER").build());
    }

    /** Compares as stored, in constant time; never asks for an upgrade. */
    @Bean
    PasswordEncoder passwords() {
      return new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
          return raw.toString();
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
          return encoded != null
              && MessageDigest.isEqual(
                  raw.toString().getBytes(StandardCharsets.UTF_8),
                  encoded.getBytes(StandardCharsets.UTF_8));
        }
      };
    }

    @Bean
    LoginCounter loginCounter() {
      return new LoginCounter();
    }

    @Bean
    @Order(1)
    SecurityFilterChain tokens(HttpSecurity http) {
      http.oauth2AuthorizationServer(server -> http.securityMatcher(server.getEndpointsMatcher()));
      http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated());
      return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain site(HttpSecurity http) {
      http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated());
      http.formLogin(withDefaults());
      http.csrf(AbstractHttpConfigurer::disable);
      return http.build();
    }
  }

  /**
   * Starts one of the benchmark's variants: {@code none} (no Hookwire), {@code empty} (the starter
   * with an empty hooks package) or {@code hooks8} (the starter with the 8 hooks).
   */
  public static ConfigurableApplicationContext start(String variant) {
    return switch (variant) {
      case "none" -> withoutHookwire();
      case "empty" -> withHookwire(dev.hookwire.bench.boot.security.empty.HookWiring.class);
      case "hooks8" -> withHookwire(dev.hookwire.bench.boot.security.hooks8.HookWiring.class);
      default ->
        throw new IllegalArgumentException(
            "unknown variant " + variant + " (none, empty or hooks8)");
    };
  }

  /** A form login of the one user at {@code base} ({@code http://127.0.0.1:port}). */
  public static HttpRequest login(String base) {
    return HttpRequest.newBuilder(URI.create(base + "/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(
            "username=" + USER.replace("@", "%40") + "&password=" + PASSWORD))
        .build();
  }

  /** A token request of the one client at {@code base}, authenticated by HTTP Basic. */
  public static HttpRequest token(String base, String form) {
    String client = CLIENT_ID + ":" + CLIENT_SECRET;
    return HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header(
            "Authorization",
            "Basic " + Base64.getEncoder().encodeToString(client.getBytes(StandardCharsets.UTF_8)))
        .POST(HttpRequest.BodyPublishers.ofString(form))
        .build();
  }

  /** The benchmarks' client: HTTP/1.1 keep-alive, no redirect followed. */
  public static HttpClient.Builder client() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER);
  }

  /**
   * Sends {@code request}, and once more when the JDK client fails on a pooled connection before
   * any byte of the answer ("connection closed locally", about once in 50,000 requests from 16
   * threads on JDK 17): a fault of the client's connection pool, not of the application, which a
   * run would otherwise end on. Each second try is counted in {@code retries}.
   */
  public static HttpResponse<Void> send(HttpClient http, HttpRequest request, LongAdder retries)
      throws IOException, InterruptedException {
    try {
      return http.send(request, HttpResponse.BodyHandlers.discarding());
    } catch (IOException e) {
      retries.increment();
      return http.send(request, HttpResponse.BodyHandlers.discarding());
    }
  }

  /** Starts it without Hookwire. */
  public static ConfigurableApplicationContext withoutHookwire() {
    Map<String, Object> properties = properties();
    properties.put("spring.autoconfigure.exclude", HOOKWIRE_AUTO_CONFIGURATIONS);
    return run(properties, WiringIndexLoader.listing());
  }

  /** Starts it with the starter and only {@code wiring}. */
  public static ConfigurableApplicationContext withHookwire(Class<?> wiring) {
    return run(properties(), WiringIndexLoader.listing(wiring));
  }

  /** The port the application listens on. */
  public static int port(ConfigurableApplicationContext context) {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  private static Map<String, Object> properties() {
    String client = "spring.security.oauth2.authorizationserver.client.bench.registration.";
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("server.address", "127.0.0.1");
    properties.put("server.port", "0");
    properties.put("server.servlet.session.timeout", "1m");
    // Keep-alive connections are never closed by the server: Tomcat's default closes one after
    // 100 requests, and the JDK client sometimes reuses it once more (an IOException).
    properties.put("server.tomcat.max-keep-alive-requests", "-1");
    properties.put("server.tomcat.keep-alive-timeout", "10m");
    properties.put("logging.level.root", "WARN");
    properties.put(client + "client-id", CLIENT_ID);
    properties.put(client + "client-secret", CLIENT_SECRET);
    properties.put(client + "client-authentication-methods", "client_secret_basic");
    properties.put(client + "authorization-grant-types", "client_credentials,authorization_code");
    properties.put(client + "redirect-uris", REDIRECT_URI);
    properties.put(client + "scopes", "read");
    properties.put(
        "spring.security.oauth2.authorizationserver.client.bench.require-authorization-consent",
        "false");
    return properties;
  }

  private static ConfigurableApplicationContext run(
      Map<String, Object> properties, ClassLoader loader) {
    SpringApplication application = new SpringApplication(Application.class);
    application.setResourceLoader(new DefaultResourceLoader(loader));
    application.setDefaultProperties(properties);
    application.setBannerMode(Banner.Mode.OFF);
    application.setLogStartupInfo(false);
    application.setRegisterShutdownHook(false);
    return application.run();
  }
}
