package dev.hookwire.spring;

import dev.hookwire.runtime.HookContext;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UrlPathHelper;

/**
 * Builds the {@link HookContext} of an HTTP request, for a controller to pass to the injected
 * catalog. Its path is the request's path within the application (without the servlet context
 * path, so {@code /admin/create-user} is what the auth catalog's filter compares); its metadata
 * {@code ip} (the remote address) and {@code user-agent} (when the request sends one); and {@link
 * HookContext#service(Class)} falls back to the application context's bean of the type (the one
 * bean, or the {@code @Primary} one) when the controller registered none.
 *
 * <pre>{@code
 * @PostMapping("/admin/create-user")
 * User create(@RequestParam String email) {
 *   HookContext ctx = contexts.current();                                // or contexts.builder(request)
 *   User user = hooks.beforeUserCreate(newUser(email), ctx);              //     .tag("users").build()
 *   ...
 * }
 * }</pre>
 *
 * A bean in a servlet web application; thread-safe.
 */
public final class RequestHookContexts {
  private static final UrlPathHelper PATHS = new UrlPathHelper();

  private final BeanFactory beans;

  RequestHookContexts(BeanFactory beans) {
    this.beans = beans;
  }

  /**
   * A builder filled from {@code request}, to add a tag, metadata or services to.
   */
  public HookContext.Builder builder(HttpServletRequest request) {
    HookContext.Builder builder = HookContext.builder()
        .path(PATHS.getPathWithinApplication(request))
        .serviceFallback(type -> beans.getBeanProvider(type).getIfUnique());
    String ip = request.getRemoteAddr();
    if (ip != null) {
      builder.metadata("ip", ip);
    }
    String userAgent = request.getHeader("User-Agent");
    if (userAgent != null) {
      builder.metadata("user-agent", userAgent);
    }
    return builder;
  }

  /** The context of {@code request}, as {@link #builder} fills it. */
  public HookContext of(HttpServletRequest request) {
    return builder(request).build();
  }

  /**
   * The context of the request the calling thread is handling (Spring MVC's {@link
   * RequestContextHolder}).
   *
   * @throws IllegalStateException when the thread handles no servlet request
   */
  public HookContext current() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
      return of(request.getRequest());
    }
    throw new IllegalStateException(
        "RequestHookContexts.current() is called outside a servlet request: call it on the thread"
            + " that handles the request (a controller method), or build the context with"
            + " HookContext.builder()");
  }
}
