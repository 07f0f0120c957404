package dev.hookwire.bench.boot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * The benchmarks' class path as an application whose build compiled only the given hooks packages
 * sees it: its one {@code META-INF/hookwire/wirings} (the index the starter reads) lists the given
 * wirings. The module compiles many hooks packages into one output, whose own index lists them
 * all; everything else is delegated to the parent.
 */
final class WiringIndexLoader extends ClassLoader {
  private static final String INDEX = "META-INF/hookwire/wirings";

  private final URL index;

  private WiringIndexLoader(URL index) {
    super(WiringIndexLoader.class.getClassLoader());
    this.index = index;
  }

  static WiringIndexLoader listing(Class<?>... wirings) {
    StringBuilder lines = new StringBuilder();
    for (Class<?> wiring : wirings) {
      lines.append(wiring.getName()).append('\n');
    }
    try {
      Path file = Files.createTempFile("hookwire-bench-wirings", ".txt");
      file.toFile().deleteOnExit();
      Files.writeString(file, lines, StandardCharsets.UTF_8);
      return new WiringIndexLoader(file.toUri().toURL());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Enumeration<URL> getResources(String name) throws IOException {
    return name.equals(INDEX) ? Collections.enumeration(List.of(index)) : super.getResources(name);
  }

  @Override
  public URL getResource(String name) {
    return name.equals(INDEX) ? index : super.getResource(name);
  }
}
