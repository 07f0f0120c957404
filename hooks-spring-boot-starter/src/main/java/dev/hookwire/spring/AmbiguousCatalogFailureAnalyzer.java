package dev.hookwire.spring;

import java.util.Collection;
import org.springframework.beans.factory.NoUniqueBeanDefinitionException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;

/**
 * Explains a catalog interface that several hooks packages implement, injected where one was
 * expected: which wirings, and the two fixes ({@code hookwire.primary}, or injecting a wiring by
 * its class). Runs before Spring Boot's generic analysis of two beans of one type.
 */
final class AmbiguousCatalogFailureAnalyzer
    extends AbstractFailureAnalyzer<NoUniqueBeanDefinitionException> implements Ordered {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, NoUniqueBeanDefinitionException cause) {
    Collection<String> found = cause.getBeanNamesFound();
    Class<?> type = cause.getBeanType();
    if (found == null
        || type == null
        || !type.isInterface()
        || !found.stream().allMatch(AmbiguousCatalogFailureAnalyzer::isWiring)) {
      return null;
    }
    String catalog = type.getName();
    String description = catalog + " was injected, and the wirings of " + found.size()
        + " hooks packages implement it: " + String.join(", ", found) + ".";
    String example = found.iterator().next();
    String action =
        "Set " + WiringRegistrar.PRIMARY + " to the hooks package to inject as " + catalog
            + " (" + WiringRegistrar.PRIMARY + "=" + example.substring(0, example.lastIndexOf('.'))
            + "), or inject each wiring by"
            + " its class (" + example + ").";
    return new FailureAnalysis(description, action, cause);
  }

  /** A wiring bean the starter registered: named by its generated class. */
  private static boolean isWiring(String beanName) {
    return beanName.endsWith(".HookWiring");
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }
}
