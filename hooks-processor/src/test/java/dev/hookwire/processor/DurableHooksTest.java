package dev.hookwire.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code @Durable}: what the wiring generates for a durable hook (recorded, never run; listed in
 * {@code durableHooks()}) and its errors, on the annotation's file and line. The golden wiring of
 * {@code com.acme.hooks} shows two durable hooks of one event recorded together; the error corpus
 * has a case per rule.
 */
class DurableHooksTest {
  @TempDir
  Path dir;

  private JavaFileObject source(String qualifiedName, String code) {
    return TestCompiler.onDisk(dir, qualifiedName, code);
  }

  private Compilation compile(CompilerKind compiler, JavaFileObject... hooks) {
    JavaFileObject[] sources = new JavaFileObject[hooks.length + 1];
    sources[0] = source(
        "com.acme.hooks.package-info",
        "@dev.hookwire.annotations.HookPackage\npackage com.acme.hooks;\n");
    System.arraycopy(hooks, 0, sources, 1, hooks.length);
    return TestCompiler.compiler(compiler).compile(sources);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(CompilerKind.class)
  void aDurableHookOfAVirtualAfterEventIsRecordedUnderItsOwnNameWhenTheFilterHolds(
      CompilerKind compiler) {
    JavaFileObject hook = source("com.acme.hooks.AfterAdminUserCreate", """
            package com.acme.hooks;

            import dev.hookwire.annotations.Durable;
            import dev.hookwire.auth.User;

            @Durable
            public final class AfterAdminUserCreate {
              public void handle(User user) {}
            }
            """);
    Compilation compilation = compile(compiler, hook);
    assertThat(compilation).succeededWithoutWarnings();
    String wiring = TestCompiler.generatedSource(compilation, "com.acme.hooks.HookWiring");
    assertThat(wiring).contains("implements AuthHooks, DurableWiring");
    assertThat(wiring)
        .contains("HookSite.of(\"after-admin-user-create\",\n      AfterAdminUserCreate.class)"
            + ".durably()");
    assertThat(wiring)
        .containsMatch("if \\(afterAdminUserCreateHolds\\) \\{\\s+"
            + "dispatch\\.record\\(user, ctx, List\\.of\\(AFTER_ADMIN_USER_CREATE\\),\\s+"
            + "live\\.afterAdminUserCreate\\);");
    assertThat(wiring).doesNotContain("afterAdminUserCreate.handle(user");
    assertThat(wiring)
        .contains("(hookEntity, hookContext) -> all.afterAdminUserCreate.handle(hookEntity)");
  }

  @Test
  void aWiringWithoutDurableHooksIsNoDurableWiring() {
    JavaFileObject hook = source("com.acme.hooks.AfterLogin", """
            package com.acme.hooks;

            public final class AfterLogin {
              public void handle(dev.hookwire.auth.Login login) {}
            }
            """);
    Compilation compilation = compile(CompilerKind.JAVAC, hook);
    assertThat(compilation).succeededWithoutWarnings();
    String wiring = TestCompiler.generatedSource(compilation, "com.acme.hooks.HookWiring");
    assertThat(wiring).doesNotContain("DurableWiring");
    assertThat(wiring).doesNotContain("durableHooks");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(CompilerKind.class)
  void durableOnABeforeHookIsAnErrorOnTheAnnotation(CompilerKind compiler) {
    JavaFileObject hook = source("com.acme.hooks.BeforeLogin", """
            package com.acme.hooks;

            import dev.hookwire.annotations.Durable;

            @Durable
            public final class BeforeLogin {
              public void handle(dev.hookwire.auth.LoginAttempt attempt) {}
            }
            """);
    Compilation compilation = compile(compiler, hook);
    assertThat(compilation)
        .hadErrorContaining(
            Message.DURABLE_NOT_AFTER.format("BeforeLogin", "before-login", "a before-event"))
        .inFile(hook)
        .onLine(5);
    assertThat(compilation).hadErrorCount(1);
  }
}
