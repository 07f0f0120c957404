package com.acme.model;

/** The stub kapt writes for: @Patchable class Plan(val name: String) */
@kotlin.Metadata(k = 1)
@dev.hookwire.annotations.Patchable // error: @Patchable com.acme.model.Plan is a Kotlin class but not a data class: its patch copies the properties of the primary constructor
public final class Plan {
  private final String name;

  public Plan(String name) {
    this.name = name;
  }

  public final String getName() {
    return name;
  }
}
