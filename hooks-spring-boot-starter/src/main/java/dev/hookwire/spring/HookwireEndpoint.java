package dev.hookwire.spring;

import dev.hookwire.runtime.HookChange;
import dev.hookwire.runtime.HookRuntime;
import dev.hookwire.runtime.HookSwitch;
import dev.hookwire.runtime.WiringDescription;
import dev.hookwire.runtime.WiringDescription.EventInfo;
import dev.hookwire.runtime.WiringDescription.HookInfo;
import dev.hookwire.runtime.internal.Closest;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;

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
 *      "async": true, "durable": false, "disabled": "disabled at startup", "version": null,
 *      "dependencies": []}]}]}]}
 * }</pre>
 */
@Endpoint(id = "hookwire")
public final class HookwireEndpoint {
  /** The write operation's actions. */
  static final List<String> ACTIONS = List.of("switch-on", "switch-off", "deploy", "rollback");

  private static final int FORBIDDEN = 403;

  /** The bean of Spring Security's filters ({@code @EnableWebSecurity} declares it). */
  static final String SPRING_SECURITY_FILTER_CHAIN = "springSecurityFilterChain";

  private final Wirings wirings;
  private final ListableBeanFactory beans;
  private final HookRuntime runtime;
  private final String role;

  /** {@code role}: the one a write needs under Spring Security ({@code hookwire.console.role}). */
  HookwireEndpoint(Wirings wirings, ListableBeanFactory beans, HookRuntime runtime, String role) {
    this.wirings = wirings;
    this.beans = beans;
    this.runtime = runtime;
    this.role = role;
  }

  /**
   * {@code POST /actuator/hookwire} with a JSON body: switches a hook while the service runs, or
   * deploys or rolls back a version ({@code docs/operating.md}), on the application's {@code
   * HookRuntime}. {@code {"action": "switch-off", "event": "after-user-create", "hook":
   * "com.acme.hooks.AuditSignup"}}; {@code {"action": "deploy", "event": .., "hook": <first
   * version's class>, "version": "2", "why": ".."}}; {@code "rollback"} without a version; {@code
   * why} goes to the history (for a switch, when there is one). Answers the state after it: the hooks switched off, the live
   * versions, the history.
   *
   * <p>Who made the change is the request's principal. In an application with Spring Security (a
   * {@code springSecurityFilterChain}), every write needs the role {@code hookwire.console.role}
   * ({@code ADMIN}): without it, or without a signed-in user, the answer is 403 and nothing
   * changes; the body's {@code by} is ignored. Only an application without Spring Security,
   * whose own configuration guards the endpoint, names the author in the body's {@code by}.
   *
   * <p>Bad input (an unknown action, hook, event or version, a missing field) is a 400 whose
   * reason names the closest; nothing is changed then.
   */
  @WriteOperation
  public WebEndpointResponse<Map<String, Object>> change(
      SecurityContext security,
      String action,
      String event,
      String hook,
      @Nullable String version,
      @Nullable String by,
      @Nullable String why) {
    Principal principal = security.getPrincipal();
    if (springSecurity()) {
      if (principal == null || !security.isUserInRole(role)) {
        return new WebEndpointResponse<>(
            Map.of("error", "Changing hooks needs the role " + role + "."), FORBIDDEN);
      }
    }
    String author = principal != null ? principal.getName() : by;
    try {
      switch (action) {
        case "switch-on" -> switchHook(new HookSwitch(event, hook, true), author, why);
        case "switch-off" -> switchHook(new HookSwitch(event, hook, false), author, why);
        case "deploy" -> runtime.deploy(event, hook, required(version, "version"), author, why);
        case "rollback" -> runtime.rollback(event, hook, author, why);
        default ->
          throw new IllegalArgumentException("Unknown action '" + action + "'"
              + Closest.to(action, ACTIONS)
                  .map(a -> ": did you mean '" + a + "'?")
                  .orElse("")
              + " The actions are " + String.join(", ", ACTIONS) + ".");
      }
    } catch (IllegalArgumentException | IllegalStateException refused) {
      throw new InvalidEndpointRequestException(refused.getMessage(), refused.getMessage());
    }
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("switchedOff", runtime.switchedOff().stream().sorted().toList());
    state.put("liveVersions", runtime.liveVersions());
    state.put(
        "history", runtime.history().stream().map(HookwireEndpoint::change).toList());
    return new WebEndpointResponse<>(state);
  }

  /** Whether the application runs Spring Security's filters (asked once the context is built). */
  private boolean springSecurity() {
    return beans.containsBean(SPRING_SECURITY_FILTER_CHAIN);
  }

  /** A switch, in the history with who and why when both are known (else with neither). */
  private void switchHook(HookSwitch change, @Nullable String by, @Nullable String why) {
    if (by == null || by.isBlank() || why == null || why.isBlank()) {
      runtime.switchHooks(change);
    } else {
      runtime.switchHooks(List.of(change), by, why);
    }
  }

  private static String required(String value, String name) {
    if (value == null) {
      throw new IllegalArgumentException("'" + name + "' is missing: a deploy names the version.");
    }
    return value;
  }

  private static Map<String, Object> change(HookChange change) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("at", change.at().toString());
    c.put("action", change.action().id());
    c.put("event", change.event());
    c.put("hook", change.hook());
    c.put("from", change.from());
    c.put("to", change.to());
    c.put("by", change.by());
    c.put("why", change.why());
    return c;
  }

  @ReadOperation
  public Map<String, Object> wirings() {
    List<Object> all = new ArrayList<>();
    for (Wirings.Wiring wiring : wirings.all()) {
      beans
          .getBeansOfType(wiring.type(), false, false)
          .forEach((name, bean) -> all.add(describe(name, wiring, bean)));
    }
    return Map.of("wirings", all);
  }

  private static Map<String, Object> describe(String name, Wirings.Wiring wiring, Object bean) {
    WiringDescription description = wiring.describe(bean);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("bean", name);
    out.put("hooksPackage", description.hooksPackage());
    out.put(
        "catalogs",
        Arrays.stream(wiring.type().getInterfaces()).map(Class::getName).toList());
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
        h.put("version", hook.version().map(HookwireEndpoint::version).orElse(null));
        h.put("dependencies", hook.dependencies());
        hooks.add(h);
      }
      e.put("hooks", hooks);
      events.add(e);
    }
    out.put("events", events);
    return out;
  }

  /** A version as the processor's description writes it, with the live version of now. */
  private static Map<String, Object> version(WiringDescription.VersionInfo version) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("hook", version.hook());
    v.put("id", version.id());
    v.put("live", version.live());
    return v;
  }
}
