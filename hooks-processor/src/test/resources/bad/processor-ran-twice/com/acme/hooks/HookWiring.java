package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

/** What kapt generated for this package, compiled again by javac with the processor on. */
@javax.annotation.processing.Generated("dev.hookwire.processor.HookProcessor")
public final class HookWiring {}
