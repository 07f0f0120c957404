package com.acme.model;

/** The stub kapt writes for: @Patchable data class Plan private constructor(val name: String) */
@kotlin.Metadata(k = 1)
@dev.hookwire.annotations.Patchable
public final class Plan {
  private final String name;

  private Plan(String name) { // error: @Patchable data class com.acme.model.Plan needs a public primary constructor
    this.name = name;
  }

  public final String component1() {
    return name;
  }
}
