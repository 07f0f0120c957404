package dev.hookwire.processor;

import com.palantir.javapoet.ClassName;
import dev.hookwire.processor.writing.GeneratedNames;
import java.util.List;

/**
 * The names of the types the processor reads and writes. Annotations are matched by name, so the
 * processor never loads a class of the code it compiles.
 */
final class TypeNames {
  private TypeNames() {}

  static final String ANNOTATIONS = "dev.hookwire.annotations.";
  static final String EVENT_CATALOG = ANNOTATIONS + "EventCatalog";
  static final String HOOK_PACKAGE = ANNOTATIONS + "HookPackage";
  static final String HOOK = ANNOTATIONS + "Hook";
  static final String ORDER = ANNOTATIONS + "Order";
  static final String TIMEOUT = ANNOTATIONS + "Timeout";
  static final String DISABLED = ANNOTATIONS + "Disabled";
  static final String PATCHABLE = ANNOTATIONS + "Patchable";
  static final String PATCHED_BY = ANNOTATIONS + "PatchedBy";
  static final String PROTECTED = ANNOTATIONS + "Protected";
  static final String BEFORE_EVENT = ANNOTATIONS + "BeforeEvent";
  static final String AFTER_EVENT = ANNOTATIONS + "AfterEvent";
  static final String TRANSFORM_EVENT = ANNOTATIONS + "TransformEvent";
  static final String VIRTUAL_EVENT = ANNOTATIONS + "VirtualEvent";
  static final String TAGS = ANNOTATIONS + "Tags";
  static final String TAGGED = ANNOTATIONS + "Tagged";
  static final String ASYNC = ANNOTATIONS + "Async";
  static final String INLINE = ANNOTATIONS + "Inline";
  static final String DURABLE = ANNOTATIONS + "Durable";
  static final String VERSION = ANNOTATIONS + "Version";
  static final String VIRTUAL_EVENTS = VIRTUAL_EVENT + ".List";

  /** Annotations that only mean something on an event (an abstract catalog method). */
  static final List<String> EVENT_ANNOTATIONS = List.of(
      BEFORE_EVENT, AFTER_EVENT, TRANSFORM_EVENT, VIRTUAL_EVENT, VIRTUAL_EVENTS, TAGGED, TIMEOUT);

  static final String DEFAULT_CATALOG = "dev.hookwire.auth.AuthHooks";
  static final String GENERATED = "javax.annotation.processing.Generated";

  static final ClassName HOOK_CONTEXT = GeneratedNames.HOOK_CONTEXT;
  static final ClassName EVENT_FILTER = GeneratedNames.EVENT_FILTER;
  static final ClassName GENERATED_CLASS = GeneratedNames.GENERATED_CLASS;
  static final String WIRING = GeneratedNames.WIRING;
  static final String DESCRIBE = GeneratedNames.DESCRIBE;
  static final String PROCESSOR = GeneratedNames.PROCESSOR;
}
