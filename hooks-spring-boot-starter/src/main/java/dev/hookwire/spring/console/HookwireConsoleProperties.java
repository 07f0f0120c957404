package dev.hookwire.spring.console;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/**
 * The {@code hookwire.console.*} properties: the console's page and JSON API ({@link
 * HookwireConsoleAutoConfiguration}), and who may change hooks through it and through the
 * Actuator endpoint's write operation.
 *
 * @param enabled Whether the console is served; off unless set to true, and only with Spring
 *     Security.
 * @param path Where the console is served: its page at {@code <path>/}, its JSON API under {@code
 *     <path>/api/}. Starts with '/'.
 * @param role The Spring Security role (without {@code ROLE_}) a user needs to see the console and
 *     to change hooks, through it or through {@code POST /actuator/hookwire}.
 * @param loginPage Where the console's page sends a user who is not signed in: the application's
 *     own login page, which shares the session with the console.
 */
@ConfigurationProperties(HookwireConsoleProperties.PREFIX)
public record HookwireConsoleProperties(
    @DefaultValue("false") boolean enabled,
    @DefaultValue("/hookwire") String path,
    @DefaultValue("ADMIN") String role,
    @DefaultValue("/login") String loginPage) {
  static final String PREFIX = "hookwire.console";

  /**
   * Fails startup naming the property when one is unusable: a path or login page not starting
   * with '/' (or the path ending with it), a role that is empty or starts with {@code ROLE_}.
   */
  public HookwireConsoleProperties checked() {
    if (path == null || !path.startsWith("/") || path.length() < 2 || path.endsWith("/")) {
      throw new InvalidConfigurationPropertyValueException(
          PREFIX + ".path",
          path,
          "it must start with '/' and name a path below the root, without a trailing '/'"
              + " (/hookwire, /ops/hooks); remove it for /hookwire");
    }
    if (path.contains("*") || path.contains("{")) {
      throw new InvalidConfigurationPropertyValueException(
          PREFIX + ".path", path, "it must be a plain path, without '*' or '{'");
    }
    if (role == null || role.isBlank()) {
      throw new InvalidConfigurationPropertyValueException(
          PREFIX + ".role",
          role,
          "it must name the Spring Security role of the administrators (ADMIN); remove it for"
              + " ADMIN");
    }
    if (role.startsWith("ROLE_")) {
      throw new InvalidConfigurationPropertyValueException(
          PREFIX + ".role",
          role,
          "give the role without its ROLE_ prefix (" + role.substring("ROLE_".length())
              + "), as hasRole takes it");
    }
    if (loginPage == null || !loginPage.startsWith("/")) {
      throw new InvalidConfigurationPropertyValueException(
          PREFIX + ".login-page",
          loginPage,
          "it must start with '/': the application's login page (/login)");
    }
    return this;
  }
}
