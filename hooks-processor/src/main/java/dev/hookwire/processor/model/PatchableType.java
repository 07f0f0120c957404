package dev.hookwire.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * A {@code @Patchable} record or Kotlin data class, the input of its generated patch.
 *
 * @param record the record (or data class)
 * @param components its components (a data class's primary-constructor properties) in declaration
 *     order
 * @param generatedAnnotation whether {@code javax.annotation.processing.Generated} is visible
 */
public record PatchableType(
    ClassName record, List<Component> components, boolean generatedAnnotation) {
  public PatchableType {
    components = List.copyOf(components);
  }

  /** The generated patch: {@code User} → {@code UserPatch}, in the record's package. */
  public ClassName patch() {
    return patchOf(record);
  }

  public static ClassName patchOf(ClassName record) {
    return ClassName.get(record.packageName(), String.join("", record.simpleNames()) + "Patch");
  }

  /**
   * A record component, or a data class's property: {@code isProtected} components get no setter.
   *
   * @param accessor the method that reads it: the component's name, a data class's {@code
   *     componentN}
   */
  public record Component(String name, TypeName type, boolean isProtected, String accessor) {}
}
