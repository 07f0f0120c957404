/**
 * Hookwire's annotations: for a catalog, a hooks package and a hook. A modular application that
 * writes hooks {@code requires dev.hookwire.annotations} (they are kept at run time, but nothing
 * reads them reflectively: {@code requires static} works too).
 */
module dev.hookwire.annotations {
  exports dev.hookwire.annotations;
}
