package dev.hookwire.processor;

import dev.hookwire.processor.model.Event;
import dev.hookwire.processor.model.Kind;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * The rules of {@code @Durable}: an after-hook only (a virtual after-event's too: its filter decides
 * at dispatch whether the event is recorded), not with {@code @Async}, {@code @Timeout} or
 * {@code @Inline} (a durable hook is never run by the dispatcher), and of an event whose entity has
 * no type arguments (the workers read it back from its JSON as a class). Each error is on the
 * {@code @Durable} annotation.
 */
final class DurableChecks {
  private DurableChecks() {}

  /** Whether {@code type} is {@code @Durable}; reports what contradicts it. */
  static boolean isDurable(TypeElement type, Event event, TypeMirror entity, Report report) {
    Optional<AnnotationMirror> durable = Annotations.find(type, TypeNames.DURABLE);
    if (durable.isEmpty()) {
      return false;
    }
    String name = type.getSimpleName().toString();
    AnnotationMirror at = durable.get();
    if (event.kind() != Kind.AFTER) {
      report.add(
          type,
          at,
          Message.DURABLE_NOT_AFTER.with(
              name, event.name(), Message.indefinite(event.kind().description())));
      return false;
    }
    if (Annotations.has(type, TypeNames.ASYNC)) {
      report.add(type, at, Message.DURABLE_WITH_ASYNC.with(name));
    }
    if (Annotations.has(type, TypeNames.TIMEOUT)) {
      report.add(type, at, Message.DURABLE_WITH_TIMEOUT.with(name));
    }
    if (Annotations.has(type, TypeNames.INLINE)) {
      report.add(type, at, Message.DURABLE_WITH_INLINE.with(name));
    }
    if (entity instanceof DeclaredType declared && !declared.getTypeArguments().isEmpty()) {
      report.add(
          type,
          at,
          Message.DURABLE_GENERIC_ENTITY.with(name, event.name(), ElementHelpers.simple(entity)));
    }
    return true;
  }
}
