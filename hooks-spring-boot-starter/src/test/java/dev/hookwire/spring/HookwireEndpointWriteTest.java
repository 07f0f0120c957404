package dev.hookwire.spring;

import static dev.hookwire.spring.HookwireAutoConfigurationTest.AUTH;
import static dev.hookwire.spring.HookwireAutoConfigurationTest.AUTH_AND_DESK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.boot.actuate.endpoint.SecurityContext.NONE;

import dev.hookwire.runtime.HookRuntime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The {@code hookwire} endpoint's write operation: live switches, deploy and rollback on the
 * application's runtime; bad input is a 400 (an {@link InvalidEndpointRequestException}) naming
 * the closest, and changes nothing.
 */
class HookwireEndpointWriteTest {
  private static final ApplicationContextRunner EXPOSED =
      AUTH_AND_DESK.withPropertyValues("management.endpoints.web.exposure.include=hookwire");
  private static final String AUDIT = "dev.hookwire.spring.auth.AuditSignup";

  @SuppressWarnings("unchecked")
  private static String disabledOf(HookwireEndpoint endpoint, String type) {
    List<Map<String, Object>> wirings =
        (List<Map<String, Object>>) endpoint.wirings().get("wirings");
    return wirings.stream()
        .filter(w -> w.get("bean").equals(AUTH))
        .flatMap(w -> ((List<Map<String, Object>>) w.get("events")).stream())
        .flatMap(e -> ((List<Map<String, Object>>) e.get("hooks")).stream())
        .filter(h -> h.get("type").equals(type))
        .map(h -> (String) h.get("disabled"))
        .toList()
        .get(0);
  }

  @Test
  void switchesAHookOffAndOnAndTheReadOperationShowsIt() {
    EXPOSED.run(context -> {
      HookwireEndpoint endpoint = context.getBean(HookwireEndpoint.class);

      Map<String, Object> off = endpoint
          .change(NONE, "switch-off", "after-user-create", AUDIT, null, null, null)
          .getBody();

      assertThat(off.get("switchedOff")).isEqualTo(List.of("after-user-create/" + AUDIT));
      assertThat(disabledOf(endpoint, AUDIT)).isEqualTo("switched off at run time");
      assertThat(context.getBean(HookRuntime.class).switchedOff())
          .containsExactly("after-user-create/" + AUDIT);

      endpoint.change(NONE, "switch-on", "after-user-create", AUDIT, null, null, null);
      assertThat(disabledOf(endpoint, AUDIT)).isNull();
    });
  }

  @Test
  void badInputIsA400NamingTheClosestAndChangesNothing() {
    EXPOSED.run(context -> {
      HookwireEndpoint endpoint = context.getBean(HookwireEndpoint.class);

      assertThatThrownBy(() ->
              endpoint.change(NONE, "switch-of", "after-user-create", AUDIT, null, null, null))
          .isInstanceOf(InvalidEndpointRequestException.class)
          .hasMessageContaining("Unknown action 'switch-of': did you mean 'switch-off'?");
      assertThatThrownBy(() -> endpoint.change(
              NONE, "switch-off", "after-user-create", AUDIT + "s", null, null, null))
          .isInstanceOf(InvalidEndpointRequestException.class)
          .hasMessageContaining(
              "did you mean switchOff(\"after-user-create\", AuditSignup.class)?");
      assertThatThrownBy(() ->
              endpoint.change(NONE, "deploy", "before-user-create", AUDIT, "2", "ada", "stricter"))
          .isInstanceOf(InvalidEndpointRequestException.class)
          .hasMessageContaining("names no versioned hook");
      assertThatThrownBy(
              () -> endpoint.change(NONE, "deploy", "before-user-create", AUDIT, null, "ada", "x"))
          .isInstanceOf(InvalidEndpointRequestException.class)
          .hasMessageContaining("'version' is missing");

      assertThat(context.getBean(HookRuntime.class).switchedOff()).isEmpty();
      assertThat(context.getBean(HookRuntime.class).history()).isEmpty();
    });
  }
}
