package dev.hookwire.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a hook class one version of a hook: several classes of one event, in one hooks package,
 * of which exactly one runs at a time. The build chooses the version the service starts with
 * ({@code live = true}); the runtime deploys another one, or rolls back, while the service runs
 * ({@code HookRuntime.deploy}, {@code HookRuntime.rollback}), so a new version ships dark and is
 * switched on without a redeploy.
 *
 * <pre>{@code
 * @Hook("before-user-create")
 * @Version(value = "1", live = true)
 * public final class GateSignup { ... }
 *
 * @Hook("before-user-create")
 * @Version(value = "2", of = "GateSignup")
 * public final class GateSignupStrict { ... }
 * }</pre>
 *
 * <p>The hook is named by its first version, the class whose {@code @Version} has no {@code of}.
 * Checked at compile time, each an error on the {@code @Version} at fault: {@code of} must name
 * the first version of a hook of the same event and package; the versions of a hook have
 * different ids; exactly one of them is {@code live}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Version {
  /** This version's id, unique among the versions of its hook: {@code "2"}, {@code "2025-06"}. */
  String value();

  /**
   * The simple name of the class of the hook's first version, in the same package; empty (the
   * default) on the first version itself.
   */
  String of() default "";

  /** Whether the service starts with this version; exactly one version of a hook says so. */
  boolean live() default false;
}
