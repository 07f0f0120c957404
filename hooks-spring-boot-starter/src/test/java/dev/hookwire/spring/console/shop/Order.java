package dev.hookwire.spring.console.shop;

import dev.hookwire.annotations.Patchable;

/** An order of the console tests' shop. */
@Patchable
public record Order(String id, String email, int quantity) {}
