/**
 * The dispatch benchmark's contenders, all driving the hook classes of {@code
 * dev.hookwire.bench.hooks.n1}, {@code n3} and {@code n8}: the generated {@code HookWiring}, two
 * hand-written baselines (direct calls and a loop over an interface array), and three event
 * buses (Guava, greenrobot with its generated index, Spring). The host calls every contender
 * through {@link dev.hookwire.bench.dispatch.Host}, whose call sites {@link
 * dev.hookwire.bench.dispatch.Pollution} can make megamorphic.
 */
package dev.hookwire.bench.dispatch;
