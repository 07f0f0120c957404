package dev.hookwire.spring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;

/**
 * The test class path as an application whose build wired only some hooks packages sees it: its
 * one {@code META-INF/hookwire/wirings} lists the given classes, and the rest is the test class
 * path. (All the test hooks packages are compiled into one output, so its own index lists them all.)
 */
final class IndexedClassLoader extends ClassLoader {
  private final URL index;

  private IndexedClassLoader(URL index) {
    super(IndexedClassLoader.class.getClassLoader());
    this.index = index;
  }

  static IndexedClassLoader listing(String... wirings) {
    try {
      Path file = Files.createTempFile("hookwire-wirings", ".txt");
      file.toFile().deleteOnExit();
      Files.writeString(file, String.join("\n", wirings) + "\n", StandardCharsets.UTF_8);
      return new IndexedClassLoader(file.toUri().toURL());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Enumeration<URL> getResources(String name) throws IOException {
    return name.equals(Wirings.INDEX)
        ? Collections.enumeration(java.util.List.of(index))
        : super.getResources(name);
  }
}
