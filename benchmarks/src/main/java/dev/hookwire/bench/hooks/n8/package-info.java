/**
 * Dispatch benchmark hooks, 8 per event: 8 on {@code before-user-create}, 8 on {@code
 * after-user-create} and 8 on its virtual event {@code after-admin-user-create}. The processor
 * generates {@code HookWiring} here; the hand-written baselines and the event buses call the same
 * classes.
 */
@HookPackage
package dev.hookwire.bench.hooks.n8;

import dev.hookwire.annotations.HookPackage;
