package dev.hookwire.runtime;

import java.util.List;
import java.util.Objects;

/**
 * What a generated {@code HookWiring} wires, from its {@code describe()}: each event and its hooks
 * in run order, with their policies. The processor writes the same, as JSON, to {@code
 * META-INF/hookwire/<hooks package>.json} for tools and docs.
 *
 * @param hooksPackage the hooks package
 * @param events the events of its catalogs, virtual ones right after their base
 */
public record WiringDescription(String hooksPackage, List<EventInfo> events) {

  public WiringDescription {
    Objects.requireNonNull(hooksPackage, "hooksPackage");
    events = List.copyOf(events);
  }

  /**
   * One event.
   *
   * @param name kebab-case
   * @param kind {@code before}, {@code after} or {@code transform}
   * @param virtualOf the base event of a virtual event; empty otherwise
   * @param hooks its hooks in run order, disabled ones included
   */
  public record EventInfo(String name, String kind, String virtualOf, List<HookInfo> hooks) {
    public EventInfo {
      hooks = List.copyOf(hooks);
    }
  }

  /**
   * One hook.
   *
   * @param type the hook class's name
   * @param order its {@code @Order}
   * @param timeoutMillis its time limit ({@code @Timeout} or the event's default), 0 for none
   * @param tags its {@code @Tags}, empty for every tag
   * @param async whether it is {@code @Async}
   * @param disabled why it does not run ({@code @Disabled}, or switched off at startup); empty when it runs
   */
  public record HookInfo(String type, int order, long timeoutMillis, List<String> tags, boolean async, String disabled) {
    public HookInfo {
      tags = List.copyOf(tags);
    }

    public boolean enabled() {
      return disabled.isEmpty();
    }
  }

  /** A readable listing: one line per event, one indented line per hook with its policies. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("HookWiring of ").append(hooksPackage).append('\n');
    for (EventInfo event : events) {
      out.append(event.name()).append(" (").append(event.kind());
      if (!event.virtualOf().isEmpty()) {
        out.append(", virtual of ").append(event.virtualOf());
      }
      out.append(")").append(event.hooks().isEmpty() ? ": no hooks" : "").append('\n');
      for (HookInfo hook : event.hooks()) {
        out.append("  ").append(hook.type());
        if (hook.order() != 0) {
          out.append(", order ").append(hook.order());
        }
        if (hook.timeoutMillis() > 0) {
          out.append(", timeout ").append(hook.timeoutMillis()).append(" ms");
        }
        if (!hook.tags().isEmpty()) {
          out.append(", tags ").append(hook.tags());
        }
        if (hook.async()) {
          out.append(", async");
        }
        if (!hook.enabled()) {
          out.append(", disabled: ").append(hook.disabled());
        }
        out.append('\n');
      }
    }
    return out.toString();
  }
}
