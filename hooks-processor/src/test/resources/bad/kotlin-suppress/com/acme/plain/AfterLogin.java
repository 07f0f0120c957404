package com.acme.plain;

/** Kotlin's @Suppress("hookwire") silences the warning as @SuppressWarnings("hookwire") does. */
@kotlin.Suppress(names = "hookwire")
public final class AfterLogin { public void handle(dev.hookwire.auth.Login l) {} }
