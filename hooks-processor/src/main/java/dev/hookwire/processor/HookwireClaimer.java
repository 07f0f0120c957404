package dev.hookwire.processor;

import com.google.auto.service.AutoService;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Claims Hookwire's annotations, and {@code @Generated} when only Hookwire's output carries it.
 *
 * <p>{@link HookProcessor} must ask for {@code "*"} and so cannot claim anything without hiding
 * other libraries' annotations from their processors. Without a claim, javac's {@code
 * -Xlint:processing} warns "No processor claimed any of these annotations", which fails a user's
 * {@code -Xlint:all -Werror} build. (javac warns so about any unclaimed annotation whenever a
 * processor runs; this keeps Hookwire's own out of that warning.)
 *
 * <p>It must run after {@link HookProcessor}: javac does not call a processor for annotations that
 * are already claimed, and {@code HookProcessor} has never been called in round 1. AutoService
 * writes the service file sorted by name, and {@code HookProcessor} sorts before this class; a
 * test holds that order.
 */
@AutoService(Processor.class)
public final class HookwireClaimer extends AbstractProcessor {

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(TypeNames.ANNOTATIONS + "*", TypeNames.GENERATED);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (TypeElement annotation : annotations) {
      if (annotation.getQualifiedName().contentEquals(TypeNames.GENERATED)) {
        for (Element element : round.getElementsAnnotatedWith(annotation)) {
          if (!generatedByHookwire(element)) {
            return false; // another generator's output: leave @Generated to its processors
          }
        }
      }
    }
    return true;
  }

  private static boolean generatedByHookwire(Element element) {
    return Annotations.find(element, TypeNames.GENERATED)
        .map(AnnotationMirror::getElementValues)
        .map(values -> values.values().stream()
            .anyMatch(v -> String.valueOf(v.getValue()).contains(TypeNames.PROCESSOR)))
        .orElse(false);
  }
}
