package dev.hookwire.processor.model;

/** What an event's hooks may do and what a failure means; see ARCHITECTURE.md, runtime contract. */
public enum Kind {
  /** Merge-on-return: hooks may return a patch; a throw aborts. */
  BEFORE("before-event"),
  /** Notify: hooks return void; failures are isolated. */
  AFTER("after-event"),
  /** Replace: hooks return a replacement; failures keep the input. */
  TRANSFORM("transform event");

  private final String description;

  Kind(String description) {
    this.description = description;
  }

  /** "before-event", as messages say it. */
  public String description() {
    return description;
  }
}
