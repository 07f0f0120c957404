package dev.hookwire.spring;

import dev.hookwire.runtime.WiringDescription;
import dev.hookwire.runtime.WiringDescription.EventInfo;
import dev.hookwire.runtime.WiringDescription.HookInfo;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * The Actuator endpoint {@code hookwire} ({@code GET /actuator/hookwire} when exposed): each wiring
 * bean's {@code describe()}, with the keys of {@code META-INF/hookwire/<hooks package>.json}, plus
 * its bean name and what only the runtime knows (hooks disabled at startup).
 *
 * <pre>{@code
 * {"wirings": [{"bean": "com.acme.hooks.HookWiring", "hooksPackage": "com.acme.hooks",
 *   "catalogs": ["dev.hookwire.auth.AuthHooks"],
 *   "events": [{"name": "after-user-create", "kind": "after", "virtualOf": null, "hooks": [
 *     {"type": "com.acme.hooks.AuditSignup", "order": 0, "timeoutMillis": null, "tags": [],
 *      "async": true, "disabled": "disabled at startup", "dependencies": []}]}]}]}
 * }</pre>
 */
@Endpoint(id = "hookwire")
public final class HookwireEndpoint {
  private final Wirings wirings;
  private final ListableBeanFactory beans;

  HookwireEndpoint(Wirings wirings, ListableBeanFactory beans) {
    this.wirings = wirings;
    this.beans = beans;
  }

  @ReadOperation
  public Map<String, Object> wirings() {
    List<Object> all = new ArrayList<>();
    for (Wirings.Wiring wiring : wirings.all()) {
      beans
          .getBeansOfType(wiring.type(), false, false)
          .forEach((name, bean) -> all.add(describe(name, wiring.type(), bean)));
    }
    return Map.of("wirings", all);
  }

  private static Map<String, Object> describe(String name, Class<?> type, Object bean) {
    WiringDescription description = descriptionOf(type, bean);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("bean", name);
    out.put("hooksPackage", description.hooksPackage());
    out.put("catalogs", Arrays.stream(type.getInterfaces()).map(Class::getName).toList());
    List<Object> events = new ArrayList<>();
    for (EventInfo event : description.events()) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("name", event.name());
      e.put("kind", event.kind().toString());
      e.put("virtualOf", event.virtualOf().orElse(null));
      List<Object> hooks = new ArrayList<>();
      for (HookInfo hook : event.hooks()) {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("type", hook.type());
        h.put("order", hook.order());
        h.put("timeoutMillis", hook.timeout().map(t -> t.toMillis()).orElse(null));
        h.put("tags", hook.tags());
        h.put("async", hook.async());
        h.put("durable", hook.durable());
        h.put("disabled", hook.disabled().orElse(null));
        h.put("dependencies", hook.dependencies());
        hooks.add(h);
      }
      e.put("hooks", hooks);
      events.add(e);
    }
    out.put("events", events);
    return out;
  }

  /** The generated {@code describe()}: every wiring has it, and no interface declares it. */
  private static WiringDescription descriptionOf(Class<?> type, Object bean) {
    try {
      return (WiringDescription) type.getMethod("describe").invoke(bean);
    } catch (NoSuchMethodException | IllegalAccessException e) {
      throw new IllegalStateException(
          type.getName() + " has no public describe(): rebuild it with hooks-processor", e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(
          type.getName() + ".describe() threw " + e.getCause(), e.getCause());
    }
  }
}
