package com.acme.desk;

import dev.hookwire.annotations.Patchable;
import dev.hookwire.annotations.Protected;

@Patchable
public record Ticket(@Protected String id, String title, int priority, String queue) {}
