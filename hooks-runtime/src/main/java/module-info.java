/**
 * Hookwire's runtime: {@code HookContext}, {@code HookRuntime} and the test kit, and the built-in
 * auth catalog. It needs nothing but the annotations, which its users see too.
 */
module dev.hookwire.runtime {
  requires transitive dev.hookwire.annotations;

  exports dev.hookwire.runtime;
  // Only for the generated wirings, which live in the applications' packages.
  exports dev.hookwire.runtime.internal;
  exports dev.hookwire.auth;
}
