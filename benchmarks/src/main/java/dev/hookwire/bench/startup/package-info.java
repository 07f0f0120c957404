/**
 * The ways the startup benchmark gets from a jar of hook classes to wiring ready to dispatch.
 * One class each, so that a cold JVM loads only the code (and the libraries) of the way it
 * measures; each takes a fresh class loader over the jar, so every hook class is loaded anew.
 *
 * <ul>
 *   <li>{@link dev.hookwire.bench.startup.ConstructStartup}: the baseline, only loads and
 *       constructs every hook class (a class with one field per hook);
 *   <li>{@link dev.hookwire.bench.startup.WiringStartup}: {@code new HookWiring(HookRuntime.defaults())};
 *   <li>{@link dev.hookwire.bench.startup.ClassGraphStartup}: a ClassGraph scan of the hooks
 *       package, then reflective instantiation and lookup of each {@code handle} method;
 *   <li>{@link dev.hookwire.bench.startup.SpringStartup}: a Spring component scan of the hooks
 *       package into an application context, then the same lookup.
 * </ul>
 */
package dev.hookwire.bench.startup;
