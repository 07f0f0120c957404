package com.acme.model;

import dev.hookwire.annotations.Patchable;
import dev.hookwire.annotations.Protected;
import java.util.List;

@Patchable
public record Account(@Protected long id, String displayName, int seats, List<String> tags) {}
