package dev.hookwire.processor;

import com.palantir.javapoet.JavaFile;
import dev.hookwire.processor.model.Wiring;
import dev.hookwire.processor.writing.WiringClassWriter;

/** Writes {@code HookWiring}: see {@link WiringClassWriter}, which does it. */
final class WiringWriter {
  private WiringWriter() {}

  static JavaFile write(Wiring wiring) {
    return WiringClassWriter.write(wiring);
  }
}
