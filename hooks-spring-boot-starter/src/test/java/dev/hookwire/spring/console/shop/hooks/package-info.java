/**
 * The console tests' hooks: {@link BeforeOrderPlace} in two versions (1 live, 2 {@link
 * BeforeOrderPlaceStrict} dark), and {@link AfterOrderPlace}, which mails through an application
 * bean and fails, with a secret in its message, for an order of {@code fail@example.com}.
 */
@HookPackage(dev.hookwire.spring.console.shop.ShopHooks.class)
package dev.hookwire.spring.console.shop.hooks;

import dev.hookwire.annotations.HookPackage;
