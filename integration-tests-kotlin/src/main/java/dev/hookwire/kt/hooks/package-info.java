/**
 * Kotlin hooks on the built-in auth catalog. This file is Java and lives under src/main/java: kapt
 * reads it from there, and javac compiles it into package-info.class, which a package-info.java
 * under src/main/kotlin would never become.
 */
@HookPackage
package dev.hookwire.kt.hooks;

import dev.hookwire.annotations.HookPackage;
