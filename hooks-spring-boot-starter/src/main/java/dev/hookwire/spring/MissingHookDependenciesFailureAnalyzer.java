package dev.hookwire.spring;

import dev.hookwire.runtime.MissingHookDependenciesException;
import dev.hookwire.runtime.MissingHookDependenciesException.Missing;
import java.util.stream.Collectors;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a wiring that could not be created because hooks take beans the context does not have:
 * every hook and type (the exception's own message), and the fix.
 */
final class MissingHookDependenciesFailureAnalyzer
    extends AbstractFailureAnalyzer<MissingHookDependenciesException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, MissingHookDependenciesException cause) {
    String types = cause.missing().stream()
        .map(Missing::type)
        .map(Class::getName)
        .distinct()
        .collect(Collectors.joining(", "));
    String action = "Declare exactly one bean of each of these types (or mark one @Primary): "
        + types + "; or switch the hooks off with hookwire.disabled.<event>=<hook>.";
    return new FailureAnalysis(cause.getMessage(), action, cause);
  }
}
