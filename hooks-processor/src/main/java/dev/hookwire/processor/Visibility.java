package dev.hookwire.processor;

import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * Whether generated code in another package (the hooks package) can name a type: the type and
 * every type it is nested in are public.
 */
final class Visibility {
  private Visibility() {}

  static boolean isPublic(TypeElement type) {
    for (Element e = type; e instanceof TypeElement t; e = e.getEnclosingElement()) {
      if (t.getNestingKind() == NestingKind.LOCAL || t.getNestingKind() == NestingKind.ANONYMOUS) {
        return false;
      }
      if (!t.getModifiers().contains(Modifier.PUBLIC)) {
        return false;
      }
    }
    return true;
  }

  /** The first type in {@code type}, its type arguments included, that is not public. */
  static Optional<String> hiddenPart(TypeMirror type) {
    switch (type.getKind()) {
      case DECLARED -> {
        DeclaredType declared = (DeclaredType) type;
        TypeElement element = (TypeElement) declared.asElement();
        if (!isPublic(element)) {
          return Optional.of(element.getQualifiedName().toString());
        }
        for (TypeMirror argument : declared.getTypeArguments()) {
          Optional<String> hidden = hiddenPart(argument);
          if (hidden.isPresent()) {
            return hidden;
          }
        }
        return Optional.empty();
      }
      case ARRAY -> {
        return hiddenPart(((ArrayType) type).getComponentType());
      }
      case WILDCARD -> {
        WildcardType wildcard = (WildcardType) type;
        TypeMirror bound = wildcard.getExtendsBound() != null
            ? wildcard.getExtendsBound()
            : wildcard.getSuperBound();
        return bound == null ? Optional.empty() : hiddenPart(bound);
      }
      default -> {
        return Optional.empty();
      }
    }
  }
}
