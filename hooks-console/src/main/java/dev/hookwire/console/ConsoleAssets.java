package dev.hookwire.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The console's page, shipped in this jar under {@code dev/hookwire/console/assets/}: {@code
 * index.html}, {@code console.css} and {@code console.js}. The page uses relative URLs only ({@code
 * api/state}, {@code api/change}, {@code api/dry-run}), so a host serves these three files and the
 * API under one base path, which ends with a slash.
 */
public final class ConsoleAssets {
  private static final String ROOT = "dev/hookwire/console/assets/";

  /** The files there are, with their content types: nothing else is ever served. */
  private static final Map<String, String> TYPES = Map.of(
      "index.html", "text/html; charset=utf-8",
      "console.css", "text/css; charset=utf-8",
      "console.js", "text/javascript; charset=utf-8");

  private ConsoleAssets() {}

  /**
   * One of the page's files.
   *
   * @param contentType for the {@code Content-Type} header
   * @param bytes the file (a copy: the caller may keep it)
   */
  public record Asset(String name, String contentType, byte[] bytes) {
    public Asset {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(contentType, "contentType");
      bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
      return bytes.clone();
    }
  }

  /**
   * The file {@code name} of the page ({@code ""} is {@code index.html}); empty for any other name,
   * so a host may pass the rest of a request path here as it is.
   */
  public static Optional<Asset> find(String name) {
    String file = name == null || name.isEmpty() ? "index.html" : name;
    String type = TYPES.get(file);
    if (type == null) {
      return Optional.empty();
    }
    try (InputStream in = ConsoleAssets.class.getClassLoader().getResourceAsStream(ROOT + file)) {
      if (in == null) {
        throw new IllegalStateException("The console's " + file + " is missing from its jar");
      }
      return Optional.of(new Asset(file, type, in.readAllBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
