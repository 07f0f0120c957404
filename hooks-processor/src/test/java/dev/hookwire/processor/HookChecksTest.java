package dev.hookwire.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The checks of the error corpus ({@code src/test/resources/bad/}) that need more than its
 * markers: what the generated wiring calls (an inherited handle, an {@code @Inline} hook), a
 * constructor that compiles clean, and the order of javac's diagnostics. The errors themselves
 * are corpus cases, run under javac and ECJ.
 */
class HookChecksTest {
  private static final JavaFileObject PACKAGE_INFO =
      TestCompiler.source("com.acme.hooks.package-info", "@dev.hookwire.annotations.HookPackage\npackage com.acme.hooks;\n");

  private static JavaFileObject hook(String simpleName, String code) {
    return TestCompiler.source(
        "com.acme.hooks." + simpleName,
        "package com.acme.hooks;\n\nimport dev.hookwire.annotations.*;\nimport dev.hookwire.auth.*;\nimport dev.hookwire.runtime.*;\nimport java.util.Map;\n\n" + code);
  }

  private static Compilation compile(JavaFileObject... files) {
    JavaFileObject[] sources = new JavaFileObject[files.length + 1];
    sources[0] = PACKAGE_INFO;
    System.arraycopy(files, 0, sources, 1, files.length);
    return TestCompiler.compile(sources);
  }

  @Test
  void aConstructorDeclaringAnUncheckedExceptionIsFine() {
    JavaFileObject file =
        hook("AfterLogin", """
            public final class AfterLogin {
              public AfterLogin() throws IllegalStateException {}
              public void handle(Login login) {}
            }
            """);
    assertThat(compile(file)).succeededWithoutWarnings();
  }

  @Test
  void anInheritedPublicHandleIsTheHooksAndTheWiringCallsIt() {
    JavaFileObject base =
        TestCompiler.source("com.acme.support.LoginAudit", """
            package com.acme.support;

            public abstract class LoginAudit<T> {
              public void handle(T entity) {}
            }
            """);
    JavaFileObject file = hook("AfterLogin", "public final class AfterLogin extends com.acme.support.LoginAudit<Login> {}\n");
    Compilation compilation = compile(base, file);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.acme.hooks.HookWiring").contentsAsUtf8String().contains("afterLogin.handle(");
  }

  @Test
  void anInterfaceDefaultHandleIsTheHooks() {
    JavaFileObject api =
        TestCompiler.source("com.acme.support.Audited", """
            package com.acme.support;

            public interface Audited {
              default void handle(dev.hookwire.auth.User user, dev.hookwire.runtime.HookContext ctx) {}
            }
            """);
    JavaFileObject file = hook("AfterUserCreate", "public final class AfterUserCreate implements com.acme.support.Audited {}\n");
    Compilation compilation = compile(api, file);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.acme.hooks.HookWiring").contentsAsUtf8String().contains("afterUserCreate.handle(user, ctx)");
  }

  @Test
  void anInlineHookOfAnEventWithADefaultIsCalledDirectly() throws java.io.IOException {
    JavaFileObject file = hook("AfterLogin", "@Inline\npublic final class AfterLogin { public void handle(Login login) {} }\n");
    Compilation compilation = compile(file);
    assertThat(compilation).succeededWithoutWarnings();
    String wiring = compilation.generatedSourceFile("com.acme.hooks.HookWiring").orElseThrow().getCharContent(true).toString();
    assertThat(wiring).contains("afterLogin.handle(login)");
    assertThat(wiring).doesNotContain("runWithin");
  }

  @Test
  void withoutInlineTheSameHookRunsWithinTheDefault() {
    JavaFileObject file = hook("AfterLogin", "public final class AfterLogin { public void handle(Login login) {} }\n");
    Compilation compilation = compile(file);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.acme.hooks.HookWiring").contentsAsUtf8String().contains("runWithin(30000L");
  }

  /**
   * A hook whose signature does not resolve keeps its package waiting for the type; when the type
   * never comes, Hookwire's error comes last, after javac's own, and since it stops javac before
   * attribution, a host's {@code new HookWiring(..)} gets no "cannot find symbol" at all. (A host
   * that imports HookWiring and comes first in the source order still gets javac's import error
   * first: a processor cannot reorder javac's diagnostics.)
   */
  @Test
  void javacsErrorInAHookComesBeforeHookwiresAndNoneForTheHost() {
    JavaFileObject host =
        TestCompiler.source("com.acme.app.App", """
            package com.acme.app;

            public final class App {
              Object wiring(dev.hookwire.runtime.HookRuntime runtime) { return new com.acme.hooks.HookWiring(runtime); }
            }
            """);
    JavaFileObject file = hook("AfterUserCreate", "public final class AfterUserCreate { public void handle(Usr user) {} }\n");
    Compilation compilation = TestCompiler.compile(host, PACKAGE_INFO, file);
    List<Diagnostic<? extends JavaFileObject>> errors = compilation.errors();
    assertThat(errors).hasSize(2);
    assertThat(errors.get(0).getSource()).isEqualTo(file);
    assertThat(errors.get(0).getMessage(null)).contains("cannot find symbol");
    assertThat(errors.get(1).getMessage(null)).isEqualTo(Message.TYPES_NEVER_RESOLVED.format("com.acme.hooks", "Usr"));
    assertThat(errors.get(1).getSource()).isEqualTo(PACKAGE_INFO);
    assertThat(errors.get(1).getLineNumber()).isEqualTo(1L); // on @HookPackage, where ECJ can show it too
  }
}
