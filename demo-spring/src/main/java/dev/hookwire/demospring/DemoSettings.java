package dev.hookwire.demospring;

import java.time.Duration;

/**
 * What the hooks read from the configuration: the plan every token carries ({@code demo.plan})
 * and how long the simulated login backfill takes ({@code demo.backfill-delay-ms}).
 */
public record DemoSettings(String plan, Duration backfillDelay) {}
