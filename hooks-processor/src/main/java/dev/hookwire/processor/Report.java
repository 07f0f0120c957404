package dev.hookwire.processor;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;
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
  /** Whether a check stopped at a value javac could not resolve (javac reports it, not us). */
  private boolean unresolved;

  void add(Element element, Message.Text text) {
    items.add(new Item(text.message().kind(), text.text(), element, null, null));
  }

  void add(Element element, AnnotationMirror annotation, Message.Text text) {
    items.add(new Item(text.message().kind(), text.text(), element, annotation, null));
  }

  void add(Element element, AnnotationMirror annotation, AnnotationValue value, Message.Text text) {
    items.add(new Item(text.message().kind(), text.text(), element, annotation, value));
  }

  /**
   * Marks the validation failed without a message of its own: it stopped at a type or constant
   * javac could not resolve, and javac's error says what is wrong. Printing nothing keeps
   * {@code <error>} out of every message.
   */
  void unresolved() {
    unresolved = true;
  }

  /** Adds everything {@code other} found. */
  void merge(Report other) {
    items.addAll(other.items);
    unresolved |= other.unresolved;
  }

  /**
   * This report's diagnostics moved onto {@code element} (and {@code annotation} and {@code
   * value}, when not null), each prefixed with the name of the element it was on, in brackets. For
   * diagnostics on elements read from class files (a catalog in a jar), which javac could only
   * print without a file and line.
   */
  Report relocatedTo(Element element, AnnotationMirror annotation, AnnotationValue value) {
    Report moved = new Report();
    moved.unresolved = unresolved;
    for (Item item : items) {
      moved.items.add(new Item(
          item.kind(),
          "[" + nameOf(item.element()) + "] " + item.message(),
          element,
          annotation,
          value));
    }
    return moved;
  }

  /** {@code com.acme.Catalog}, {@code com.acme.Catalog.beforeSave}, or a parameter of the latter. */
  private static String nameOf(Element element) {
    if (element instanceof TypeElement type) {
      return type.getQualifiedName().toString();
    }
    if (element instanceof ExecutableElement method) {
      return nameOf(method.getEnclosingElement()) + "." + method.getSimpleName();
    }
    if (element instanceof VariableElement variable
        && variable.getEnclosingElement() instanceof ExecutableElement method) {
      return nameOf(method) + ", parameter " + variable.getSimpleName();
    }
    return element.toString();
  }

  /** Whether this report has a message to print (an error or a warning). */
  boolean hasMessages() {
    return !items.isEmpty();
  }

  boolean hasErrors() {
    return unresolved || items.stream().anyMatch(i -> i.kind() == Diagnostic.Kind.ERROR);
  }

  /**
   * Prints every diagnostic on its element, or where the compiler can show it on the same line
   * ({@link CompilerQuirks#placeable}).
   */
  void printTo(Messager messager, Elements elements) {
    for (Item item : items) {
      Element element = CompilerQuirks.placeable(item.element(), elements);
      if (item.value() != null) {
        messager.printMessage(
            item.kind(), item.message(), element, item.annotation(), item.value());
      } else if (item.annotation() != null) {
        messager.printMessage(item.kind(), item.message(), element, item.annotation());
      } else {
        messager.printMessage(item.kind(), item.message(), element);
      }
    }
  }
}
