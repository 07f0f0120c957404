package dev.hookwire.spring;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code hookwire.*} properties. All but {@code primary} configure the auto-configured {@code
 * HookRuntime}: an application that declares its own {@code HookRuntime} bean configures that
 * itself, and they are not read.
 *
 * @param strict Whether a failing after- or transform-hook throws out of the dispatcher instead of
 *     being isolated (for tests).
 * @param maxInFlight How many timed and async hooks may run at once; a hook beyond that is not
 *     started and is reported like a timeout.
 * @param closeTimeout How long closing the application context waits for the async hooks still
 *     running.
 * @param disabled Hooks switched off at startup: for each kebab-case event name, a list of hook
 *     class names, simple or fully qualified (hookwire.disabled.after-user-create=AuditSignup).
 * @param primary The hooks package whose wiring is injected where a catalog interface is asked for
 *     and several hooks packages implement it.
 * @param contextPropagation Whether timed and async hooks run in the caller's thread-local context
 *     (Spring Security's SecurityContext, the logging MDC, the current observation), when
 *     Micrometer's context-propagation is on the class path (read by the condition of {@link
 *     HookwireContextPropagationAutoConfiguration}; declared here for the configuration metadata).
 * @param pollEvery How often the runtime reads the application's {@code HookStateStore} bean, when
 *     there is one, to adopt the changes other instances made.
 */
@ConfigurationProperties("hookwire")
public record HookwireProperties(
    @DefaultValue("false") boolean strict,
    @DefaultValue("256") int maxInFlight,
    @DefaultValue("10s") Duration closeTimeout,
    Map<String, List<String>> disabled,
    String primary,
    @DefaultValue("true") boolean contextPropagation,
    @DefaultValue("2s") Duration pollEvery) {

  public HookwireProperties {
    disabled = disabled == null ? Map.of() : Map.copyOf(disabled);
  }
}
