package dev.hookwire.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * A {@code @Patchable} record, the input of its generated patch.
 *
 * @param record the record
 * @param components its components in declaration order
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

  /** A record component: {@code isProtected} components get no setter. */
  public record Component(String name, TypeName type, boolean isProtected) {}
}
