package dev.hookwire.processor;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Diagnostics of one validation, each pinned to the element at fault (and, where it applies, the
 * annotation and the value), so javac and the IDE point at the right line. Nothing is printed
 * until {@link #printTo}: a reader can collect everything it finds and the caller decides.
 */
final class Report {
  private record Item(
      Diagnostic.Kind kind,
      String message,
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value) {}

  private final List<Item> items = new ArrayList<>();

  void error(Element element, String message) {
    items.add(new Item(Diagnostic.Kind.ERROR, message, element, null, null));
  }

  void error(Element element, AnnotationMirror annotation, String message) {
    items.add(new Item(Diagnostic.Kind.ERROR, message, element, annotation, null));
  }

  void error(Element element, AnnotationMirror annotation, AnnotationValue value, String message) {
    items.add(new Item(Diagnostic.Kind.ERROR, message, element, annotation, value));
  }

  void warning(Element element, String message) {
    items.add(new Item(Diagnostic.Kind.WARNING, message, element, null, null));
  }

  /** Adds everything {@code other} found. */
  void merge(Report other) {
    items.addAll(other.items);
  }

  boolean hasErrors() {
    return items.stream().anyMatch(i -> i.kind() == Diagnostic.Kind.ERROR);
  }

  void printTo(Messager messager) {
    for (Item item : items) {
      if (item.value() != null) {
        messager.printMessage(item.kind(), item.message(), item.element(), item.annotation(), item.value());
      } else if (item.annotation() != null) {
        messager.printMessage(item.kind(), item.message(), item.element(), item.annotation());
      } else {
        messager.printMessage(item.kind(), item.message(), item.element());
      }
    }
  }
}
