package dev.hookwire.processor.writing;

import com.palantir.javapoet.ClassName;

/** The types and names the generated code refers to. */
public final class GeneratedNames {
  private GeneratedNames() {}

  private static final String RUNTIME = "dev.hookwire.runtime";

  public static final ClassName HOOK_CONTEXT = ClassName.get(RUNTIME, "HookContext");
  public static final ClassName HOOK_RUNTIME = ClassName.get(RUNTIME, "HookRuntime");
  public static final ClassName EVENT_FILTER = ClassName.get(RUNTIME, "EventFilter");
  public static final ClassName WIRING_DESCRIPTION = ClassName.get(RUNTIME, "WiringDescription");
  static final ClassName EVENT_INFO = WIRING_DESCRIPTION.nestedClass("EventInfo");
  static final ClassName KIND = WIRING_DESCRIPTION.nestedClass("Kind");
  static final ClassName DISPATCH = ClassName.get(RUNTIME + ".internal", "Dispatch");
  static final ClassName HOOK_SITE = ClassName.get(RUNTIME + ".internal", "HookSite");
  static final ClassName ARGUMENTS = ClassName.get(RUNTIME + ".internal", "Arguments");
  public static final ClassName HOOK_DEPENDENCIES = ClassName.get(RUNTIME, "HookDependencies");
  static final ClassName MISSING_DEPENDENCIES =
      ClassName.get(RUNTIME, "MissingHookDependenciesException");
  static final ClassName DURABLE_HOOK = ClassName.get(RUNTIME, "DurableHook");
  static final ClassName DURABLE_WIRING = ClassName.get(RUNTIME, "DurableWiring");
  public static final ClassName GENERATED_CLASS =
      ClassName.get("javax.annotation.processing", "Generated");

  /** The simple name of the class generated in every hooks package. */
  public static final String WIRING = "HookWiring";
  /** The method of {@code HookWiring} that lists its events and hooks. */
  public static final String DESCRIBE = "describe";
  /** The method of a {@code HookWiring} with {@code @Durable} hooks that lists them. */
  static final String DURABLE_HOOKS = "durableHooks";

  public static final String PROCESSOR = "dev.hookwire.processor.HookProcessor";
}
