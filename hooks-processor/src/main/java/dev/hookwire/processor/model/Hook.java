package dev.hookwire.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.Comparator;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A validated hook class.
 *
 * @param type the hook class
 * @param event the event it serves
 * @param takesContext whether {@code handle} takes the {@code HookContext}
 * @param returnsValue whether {@code handle} returns a patch or a replacement (not void)
 * @param order its {@code @Order}, 0 without one
 * @param disabled the {@code @Disabled} reason, if any
 * @param timeoutMillis its own {@code @Timeout}, if any
 */
public record Hook(
    ClassName type,
    String event,
    boolean takesContext,
    boolean returnsValue,
    int order,
    Optional<String> disabled,
    OptionalLong timeoutMillis)
    implements Comparable<Hook> {

  /** Run order: by {@code @Order}, then by class name, so the output is deterministic. */
  private static final Comparator<Hook> RUN_ORDER =
      Comparator.comparingInt(Hook::order).thenComparing(h -> h.type().canonicalName());

  @Override
  public int compareTo(Hook other) {
    return RUN_ORDER.compare(this, other);
  }
}
