/**
 * Dispatch benchmark hooks, 1 per event: 1 on {@code before-user-create}, 1 on {@code
 * after-user-create} and 1 on its virtual event {@code after-admin-user-create}. The processor
 * generates {@code HookWiring} here; the hand-written baselines and the event buses call the same
 * classes.
 */
@HookPackage
package dev.hookwire.bench.hooks.n1;

import dev.hookwire.annotations.HookPackage;
