package dev.hookwire.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One event of a catalog.
 *
 * @param name kebab-case, for example {@code before-user-create}
 * @param method the catalog method that dispatches it (for a virtual event: the base's method)
 * @param parameter the name of the catalog method's entity parameter
 * @param kind what its hooks may return and what their failures mean
 * @param entity the entity type its hooks receive
 * @param patch the entity's generated patch, for a before-event on a {@code @Patchable} record
 * @param inputView how a transform hook sees its input
 * @param timeoutMillis the catalog's default timeout
 * @param tagged whether the event carries a tag ({@code @Tagged}), so its hooks may have {@code @Tags}
 * @param base for a virtual event, the name of the event it filters; empty otherwise
 * @param filter for a virtual event, its {@code EventFilter} class
 */
public record Event(
    String name,
    String method,
    String parameter,
    Kind kind,
    TypeName entity,
    Optional<ClassName> patch,
    InputView inputView,
    OptionalLong timeoutMillis,
    boolean tagged,
    Optional<String> base,
    Optional<ClassName> filter) {

  public boolean isVirtual() {
    return base.isPresent();
  }
}
