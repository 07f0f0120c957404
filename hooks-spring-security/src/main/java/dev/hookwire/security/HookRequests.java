package dev.hookwire.security;

import dev.hookwire.runtime.HookContext;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The HTTP request an adapter of this module runs in, and the {@link HookContext} its hooks see. */
public final class HookRequests {
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
   * user agent as the metadata {@code ip} and {@code userAgent}.
   */
  public static HookContext context(HttpServletRequest request) {
    if (request == null) {
      return HookContext.empty();
    }
    HookContext.Builder builder = HookContext.builder()
        .path(request.getRequestURI().substring(request.getContextPath().length()));
    if (request.getRemoteAddr() != null) {
      builder.metadata("ip", request.getRemoteAddr());
    }
    String agent = request.getHeader("User-Agent");
    if (agent != null) {
      builder.metadata("userAgent", agent);
    }
    return builder.build();
  }
}
