package dev.hookwire.spring.desk;

/** A support ticket. */
public record Ticket(String id) {}
