/**
 * The refresh benchmark's 100 hooks, all on {@code after-user-create}: {@code AfterUserCreate001}
 * to {@code AfterUserCreate100}, alike but for their number. Each is both a Hookwire hook (the
 * generated {@code HookWiring} here, made a bean by the starter) and what a Spring user would
 * write instead, a {@code @Component} with an {@code @EventListener} method (found by a component
 * scan of this package); the benchmark uses one form or the other, never both at once.
 */
@HookPackage
package dev.hookwire.bench.boot.hooks100;

import dev.hookwire.annotations.HookPackage;
