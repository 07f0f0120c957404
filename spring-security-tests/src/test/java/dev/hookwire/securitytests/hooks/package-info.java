/** The test application's hooks on the auth catalog: each records its event in {@code Events}. */
@HookPackage
package dev.hookwire.securitytests.hooks;

import dev.hookwire.annotations.HookPackage;
