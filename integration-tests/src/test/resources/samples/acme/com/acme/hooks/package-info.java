/** A small hooks package the build-path tests compile with every compiler and build a user has. */
@HookPackage
package com.acme.hooks;

import dev.hookwire.annotations.HookPackage;
