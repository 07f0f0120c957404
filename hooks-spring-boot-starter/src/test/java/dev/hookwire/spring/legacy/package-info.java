/** A second hooks package of the auth catalog: the application must then choose which to inject. */
@HookPackage
package dev.hookwire.spring.legacy;

import dev.hookwire.annotations.HookPackage;
