package dev.hookwire.spring;

import static dev.hookwire.spring.HookwireAutoConfigurationTest.AUTH_AND_DESK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hookwire.runtime.HookContext;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** {@link RequestHookContexts}: the bean in a servlet application, and the context it builds. */
class RequestHookContextsTest {
  static final WebApplicationContextRunner WEB = new WebApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(
          HookwireAutoConfiguration.class, HookwireWebAutoConfiguration.class))
      .withClassLoader(IndexedClassLoader.listing(HookwireAutoConfigurationTest.DESK));

  @AfterEach
  void leaveTheRequest() {
    RequestContextHolder.resetRequestAttributes();
  }

  static MockHttpServletRequest request() {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/shop/admin/create-user");
    request.setContextPath("/shop");
    request.setServletPath("/admin/create-user");
    request.setRemoteAddr("203.0.113.7");
    request.addHeader("User-Agent", "curl/8");
    return request;
  }

  @Test
  void isABeanOfServletApplicationsOnly() {
    WEB.run(context -> assertThat(context).hasSingleBean(RequestHookContexts.class));
    AUTH_AND_DESK
        .withConfiguration(AutoConfigurations.of(HookwireWebAutoConfiguration.class))
        .run(context ->
            assertThat(context).hasNotFailed().doesNotHaveBean(RequestHookContexts.class));
  }

  @Test
  void buildsTheContextOfTheCurrentRequestWithTheContextsBeansAsServices() {
    Clock clock = Clock.systemUTC();
    WEB.withBean(Clock.class, () -> clock).run(context -> {
      RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request()));

      HookContext ctx = context.getBean(RequestHookContexts.class).current();

      assertThat(ctx.path()).isEqualTo("/admin/create-user");
      assertThat(ctx.metadata())
          .containsEntry("ip", "203.0.113.7")
          .containsEntry("user-agent", "curl/8");
      assertThat(ctx.service(Clock.class)).isSameAs(clock);
      assertThat(ctx.findService(Runnable.class)).isEmpty();
    });
  }

  @Test
  void aBuilderTakesATagMetadataAndServicesThatWinOverBeans() {
    Clock bean = Clock.systemUTC();
    Clock own = Clock.systemDefaultZone();
    WEB.withBean(Clock.class, () -> bean).run(context -> {
      MockHttpServletRequest request = request();
      request.removeHeader("User-Agent");

      HookContext ctx = context
          .getBean(RequestHookContexts.class)
          .builder(request)
          .tag("users")
          .metadata("request-id", "r-1")
          .service(Clock.class, own)
          .build();

      assertThat(ctx.tag()).isEqualTo("users");
      assertThat(ctx.metadata()).containsOnlyKeys("ip", "request-id");
      assertThat(ctx.service(Clock.class)).isSameAs(own);
    });
  }

  @Test
  void outsideARequestCurrentSaysWhatToDoInstead() {
    WEB.run(context -> assertThatThrownBy(
            () -> context.getBean(RequestHookContexts.class).current())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("outside a servlet request")
        .hasMessageContaining("HookContext.builder()"));
  }
}
