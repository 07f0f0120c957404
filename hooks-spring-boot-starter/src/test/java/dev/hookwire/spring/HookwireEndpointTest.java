package dev.hookwire.spring;

import static dev.hookwire.spring.HookwireAutoConfigurationTest.AUTH;
import static dev.hookwire.spring.HookwireAutoConfigurationTest.AUTH_AND_DESK;
import static dev.hookwire.spring.HookwireAutoConfigurationTest.DESK;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.json.JsonParserFactory;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The {@code hookwire} Actuator endpoint: each wiring's description, as the processor's JSON says it. */
class HookwireEndpointTest {
  private static final ApplicationContextRunner EXPOSED =
      AUTH_AND_DESK.withPropertyValues("management.endpoints.web.exposure.include=hookwire");

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Object value) {
    return (List<Map<String, Object>>) value;
  }

  private static Map<String, Object> wiring(HookwireEndpoint endpoint, String bean) {
    return list(endpoint.wirings().get("wirings")).stream()
        .filter(w -> w.get("bean").equals(bean))
        .findFirst()
        .orElseThrow();
  }

  /** The events of {@code META-INF/hookwire/<package>.json}, without what describe() does not say (tagged), numbers as longs. */
  private static List<Object> eventsOfTheJson(String hooksPackage) throws IOException {
    try (InputStream in = HookwireEndpointTest.class
        .getClassLoader()
        .getResourceAsStream("META-INF/hookwire/" + hooksPackage + ".json")) {
      Map<String, Object> json = JsonParserFactory.getJsonParser()
          .parseMap(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      List<Object> events = new ArrayList<>();
      for (Map<String, Object> event : list(json.get("events"))) {
        Map<String, Object> copy = new LinkedHashMap<>(event);
        copy.remove("tagged");
        events.add(normalized(copy));
      }
      return events;
    }
  }

  private static Object normalized(Object value) {
    if (value instanceof Number number) {
      return number.longValue();
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(k, normalized(v)));
      return out;
    }
    if (value instanceof List<?> items) {
      return items.stream().map(HookwireEndpointTest::normalized).toList();
    }
    return value;
  }

  @Test
  void describesEveryWiringWithTheContentOfItsJsonDescription() {
    EXPOSED.run(context -> {
      assertThat(context).hasSingleBean(HookwireEndpoint.class);
      HookwireEndpoint endpoint = context.getBean(HookwireEndpoint.class);
      assertThat(list(endpoint.wirings().get("wirings")))
          .extracting(w -> w.get("bean"))
          .containsExactly(AUTH, DESK);
      Map<String, Object> auth = wiring(endpoint, AUTH);
      assertThat(auth.get("hooksPackage")).isEqualTo("dev.hookwire.spring.auth");
      assertThat(auth.get("catalogs")).isEqualTo(List.of("dev.hookwire.auth.AuthHooks"));
      assertThat(normalized(auth.get("events")))
          .isEqualTo(eventsOfTheJson("dev.hookwire.spring.auth"));
      assertThat(normalized(wiring(endpoint, DESK).get("events")))
          .isEqualTo(eventsOfTheJson("dev.hookwire.spring.desk.hooks"));
      // Spot checks, so that the comparison above cannot pass on two empty lists.
      assertThat(auth.toString())
          .contains(
              "{type=dev.hookwire.spring.auth.AuditSignup, order=0, timeoutMillis=null, tags=[], async=true, durable=false, disabled=null, version=null, dependencies=[]}")
          .contains(
              "{type=dev.hookwire.spring.auth.AfterUserCreate, order=0, timeoutMillis=null, tags=[], async=false, durable=false, disabled=null,"
                  + " version=null, dependencies=[dev.hookwire.spring.WelcomeMail]}")
          .contains(
              "{type=dev.hookwire.spring.auth.TransformCustomUserData, order=0, timeoutMillis=100,");
    });
  }

  @Test
  void saysWhichHooksAreDisabledAtStartup() {
    EXPOSED
        .withPropertyValues("hookwire.disabled.after-user-create=AuditSignup")
        .run(
            context -> assertThat(
                    wiring(context.getBean(HookwireEndpoint.class), AUTH).toString())
                .contains(
                    "{type=dev.hookwire.spring.auth.AuditSignup, order=0, timeoutMillis=null, tags=[], async=true, durable=false, disabled=disabled at startup, version=null, dependencies=[]}"));
  }

  @Test
  void isNotThereWhenNotExposed() {
    AUTH_AND_DESK.run(
        context -> assertThat(context).hasNotFailed().doesNotHaveBean(HookwireEndpoint.class));
  }

  @Test
  void isNotThereWithoutActuator() {
    EXPOSED
        .withClassLoader(new FilteredClassLoader(IndexedClassLoader.listing(AUTH), Endpoint.class))
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(HookwireEndpoint.class));
  }
}
