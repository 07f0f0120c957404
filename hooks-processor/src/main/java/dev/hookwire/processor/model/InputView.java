package dev.hookwire.processor.model;

/**
 * How a transform hook sees its input so that it cannot change the caller's object: collections
 * are wrapped in their unmodifiable view; anything else (a record) is passed as is.
 */
public enum InputView {
  AS_IS(null),
  MAP("unmodifiableMap"),
  LIST("unmodifiableList"),
  SET("unmodifiableSet"),
  COLLECTION("unmodifiableCollection");

  private final String collectionsMethod;

  InputView(String collectionsMethod) {
    this.collectionsMethod = collectionsMethod;
  }

  /** The {@code java.util.Collections} method that makes the view, or null for {@link #AS_IS}. */
  public String collectionsMethod() {
    return collectionsMethod;
  }
}
