package com.acme.model;

/** The stub kapt writes for: @Patchable data class Plan(val name: String) { var seats: Int = 1 } */
@kotlin.Metadata(k = 1)
@dev.hookwire.annotations.Patchable
public final class Plan {
  private final String name;
  private int seats = 1; // error: @Patchable data class com.acme.model.Plan declares property seats in its body: its patch's applyTo creates the new com.acme.model.Plan with the primary constructor, so every patch would reset seats.

  public Plan(String name) {
    this.name = name;
  }

  public final String getName() {
    return name;
  }

  public final int getSeats() {
    return seats;
  }

  public final void setSeats(int seats) {
    this.seats = seats;
  }

  public final String component1() {
    return name;
  }
}
