package dev.hookwire.security;

import dev.hookwire.runtime.HookContext;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UrlPathHelper;

/** The HTTP request an adapter of this module runs in, and the {@link HookContext} its hooks see. */
public final class HookRequests {
  private static final UrlPathHelper PATHS = new UrlPathHelper();

  private HookRequests() {}

  /**
   * The request of the current thread, as Spring's {@code RequestContextHolder} holds it (Spring
   * MVC and Spring Boot set it before the security filters run); null outside a request.
   */
  public static HttpServletRequest current() {
    RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
    return attributes instanceof ServletRequestAttributes servlet ? servlet.getRequest() : null;
  }

  /** The context of the current request, or an empty one outside a request. */
  public static HookContext context() {
    return context(current());
  }

  /**
   * The path within the application ({@code /admin/create-user}), with the client's address and
   * user agent as the metadata {@code ip} and {@code user-agent}.
   */
  public static HookContext context(HttpServletRequest request) {
    return request == null ? HookContext.empty() : builder(request).build();
  }

  /**
   * A builder filled as {@link #context(HttpServletRequest)} says, to add a tag, metadata or
   * services: the one place a request becomes a {@code HookContext}, for these adapters and for
   * the starter's {@code RequestHookContexts}.
   */
  public static HookContext.Builder builder(HttpServletRequest request) {
    HookContext.Builder builder =
        HookContext.builder().path(PATHS.getPathWithinApplication(request));
    if (request.getRemoteAddr() != null) {
      builder.metadata("ip", request.getRemoteAddr());
    }
    String agent = request.getHeader("User-Agent");
    if (agent != null) {
      builder.metadata("user-agent", agent);
    }
    return builder;
  }
}
