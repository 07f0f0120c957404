package dev.hookwire.spring.console;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The console's own {@link SecurityFilterChain}, for {@code <hookwire.console.path>/**} only and
 * ahead of the application's chains:
 *
 * <ul>
 *   <li>every request needs the role {@code hookwire.console.role}: a user without it gets 403;
 *   <li>who is signed in comes from the session, as the application's login left it (the default
 *       security context repository): a page request without a user is sent to {@code
 *       hookwire.console.login-page}, which brings the user back to the console afterwards; an API
 *       request without one gets 401;
 *   <li>every POST carries the header {@code X-XSRF-TOKEN} equal to the cookie {@code XSRF-TOKEN}
 *       (Spring Security 7's {@code csrf.spa()}), else 403;
 *   <li>a refusal's body is JSON {@code {"error": ..}} with a fixed text, never an exception's.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = {ConsoleSecurity.HTTP_SECURITY, ConsoleSecurity.FILTER_CHAIN})
class ConsoleSecurity {
  static final String HTTP_SECURITY =
      "org.springframework.security.config.annotation.web.builders.HttpSecurity";
  static final String FILTER_CHAIN = "org.springframework.security.web.SecurityFilterChain";

  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE)
  SecurityFilterChain hookwireConsoleSecurity(
      HttpSecurity http, HookwireConsoleProperties properties) {
    HookwireConsoleProperties console = properties.checked();
    PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
    RequestMatcher api = paths.matcher(console.path() + "/api/**");
    RequestMatcher page = request -> !api.matches(request);
    HttpSessionRequestCache pageRequests = new HttpSessionRequestCache();
    pageRequests.setRequestMatcher(
        request -> page.matches(request) && HttpMethod.GET.matches(request.getMethod()));

    http.securityMatcher(paths.matcher(console.path() + "/**"));
    http.authorizeHttpRequests(requests -> requests.anyRequest().hasRole(console.role()));
    http.csrf(csrf -> csrf.spa());
    http.requestCache(cache -> cache.requestCache(pageRequests));
    http.exceptionHandling(exceptions -> exceptions
        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), api)
        .defaultAuthenticationEntryPointFor(
            new LoginUrlAuthenticationEntryPoint(console.loginPage()), AnyRequestMatcher.INSTANCE)
        .accessDeniedHandler((request, response, denied) -> refuse(
            response,
            denied instanceof CsrfException
                ? "The request carries no valid X-XSRF-TOKEN header: reload the page and try"
                    + " again."
                : "The console is for the role " + console.role() + " only.")));
    http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
        "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action"
            + " 'self'")));
    return http.build();
  }

  private static void refuse(HttpServletResponse response, String message) throws IOException {
    response.setStatus(HttpStatus.FORBIDDEN.value());
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.getOutputStream().write(ConsoleRoutes.errorJson(message));
  }
}
