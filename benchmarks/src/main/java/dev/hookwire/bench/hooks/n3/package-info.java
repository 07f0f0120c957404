/**
 * Dispatch benchmark hooks, 3 per event: 3 on {@code before-user-create}, 3 on {@code
 * after-user-create} and 3 on its virtual event {@code after-admin-user-create}. The processor
 * generates {@code HookWiring} here; the hand-written baselines and the event buses call the same
 * classes.
 */
@HookPackage
package dev.hookwire.bench.hooks.n3;

import dev.hookwire.annotations.HookPackage;
