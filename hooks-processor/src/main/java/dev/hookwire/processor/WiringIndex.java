package dev.hookwire.processor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes {@value #PATH}: the generated wirings of the compile, one fully qualified class name per
 * line, sorted, so that a host (the Spring Boot starter) finds every wiring on its class path with
 * {@code ClassLoader.getResources} and never scans classes or packages.
 *
 * <p>The index already in the class output is merged in, as AutoService merges {@code
 * META-INF/services} files: an incremental compile that rewires one package keeps the others. A
 * compile that wires nothing leaves the file alone.
 */
final class WiringIndex {
  static final String PATH = "META-INF/hookwire/wirings";

  private final Set<String> wirings = new TreeSet<>();

  /** Records the wiring generated for {@code hooksPackage}. */
  void add(String hooksPackage) {
    wirings.add(hooksPackage + "." + TypeNames.WIRING);
  }

  /** Writes the index, merged with the one in the class output; once, when processing is over. */
  void write(Filer filer, Messager messager) {
    if (wirings.isEmpty()) {
      return;
    }
    Set<String> all = new TreeSet<>(wirings);
    all.addAll(existing(filer));
    try (Writer out =
        filer.createResource(StandardLocation.CLASS_OUTPUT, "", PATH).openWriter()) {
      for (String wiring : all) {
        out.write(wiring);
        out.write('\n');
      }
    } catch (IOException e) {
      messager.printMessage(Diagnostic.Kind.ERROR, "Hookwire could not write " + PATH + ": " + e);
    }
  }

  /** The names in the index of a previous compile into the same output; none when there is none. */
  private static Set<String> existing(Filer filer) {
    Set<String> names = new TreeSet<>();
    try {
      FileObject previous = filer.getResource(StandardLocation.CLASS_OUTPUT, "", PATH);
      try (Reader in = previous.openReader(true);
          BufferedReader lines = new BufferedReader(in)) {
        lines.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(names::add);
      }
    } catch (IOException | IllegalArgumentException noPreviousIndex) {
      // the first compile into this output: nothing to merge
    }
    return names;
  }
}
