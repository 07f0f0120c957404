package dev.hookwire.outbox;

/** The outbox's rows by status: pending (due, waiting for a retry or claimed), delivered, dead. */
public record OutboxCounts(long pending, long delivered, long dead) {}
