package dev.hookwire.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The checks of the error corpus ({@code src/test/resources/bad/}) that need more than its
 * markers: what the generated wiring calls (an inherited handle, an {@code @Inline} hook) and a
 * constructor that compiles clean, under javac and ECJ, and the order of javac's diagnostics. The
 * errors themselves are corpus cases.
 */
class HookChecksTest {
  /** Where the sources are written: ECJ compiles only sources on disk. */
  @TempDir
  Path dir;

  private JavaFileObject source(String qualifiedName, String code) {
    return TestCompiler.onDisk(dir, qualifiedName, code);
  }

  private JavaFileObject packageInfo() {
    return source(
        "com.acme.hooks.package-info",
        "@dev.hookwire.annotations.HookPackage\npackage com.acme.hooks;\n");
  }

  /** A hook class in the hooks package; {@code code} starts with the imports it uses (ECJ warns of others). */
  private JavaFileObject hook(String simpleName, String code) {
    return source("com.acme.hooks." + simpleName, "package com.acme.hooks;\n\n" + code);
  }

  /** {@code files} and the hooks package's package-info, compiled by {@code compiler}. */
  private Compilation compile(CompilerKind compiler, JavaFileObject... files) {
    JavaFileObject[] sources = new JavaFileObject[files.length + 1];
    sources[0] = packageInfo();
    System.arraycopy(files, 0, sources, 1, files.length);
    return TestCompiler.compiler(compiler).compile(sources);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(CompilerKind.class)
  void aConstructorDeclaringAnUncheckedExceptionIsFine(CompilerKind compiler) {
    JavaFileObject file = hook("AfterLogin", """
            import dev.hookwire.auth.Login;

            public final class AfterLogin {
              public AfterLogin() throws IllegalStateException {}
              public void handle(Login login) {}
            }
            """);
    assertThat(compile(compiler, file)).succeededWithoutWarnings();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(CompilerKind.class)
  void anInheritedPublicHandleIsTheHooksAndTheWiringCallsIt(CompilerKind compiler) {
    JavaFileObject base = source("com.acme.support.LoginAudit", """
            package com.acme.support;

            public abstract class LoginAudit<T> {
              public void handle(T entity) {}
            }
            """);
    JavaFileObject file = hook(
        "AfterLogin",
        "public final class AfterLogin extends com.acme.support.LoginAudit<dev.hookwire.auth.Login> {}\n");
    Compilation compilation = compile(compiler, base, file);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("com.acme.hooks.HookWiring")
        .contentsAsUtf8String()
        .contains("afterLogin.handle(");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(CompilerKind.class)
  void anInterfaceDefaultHandleIsTheHooks(CompilerKind compiler) {
    JavaFileObject api = source("com.acme.support.Audited", """
            package com.acme.support;

            public interface Audited {
              default void handle(dev.hookwire.auth.User user, dev.hookwire.runtime.HookContext ctx) {}
            }
            """);
    JavaFileObject file = hook(
        "AfterUserCreate",
        "public final class AfterUserCreate implements com.acme.support.Audited {}\n");
    Compilation compilation = compile(compiler, api, file);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("com.acme.hooks.HookWiring")
        .contentsAsUtf8String()
        .contains("afterUserCreate.handle(user, ctx)");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(CompilerKind.class)
  void anInlineHookOfAnEventWithADefaultIsCalledDirectly(CompilerKind compiler)
      throws java.io.IOException {
    JavaFileObject file = hook(
        "AfterLogin",
        "import dev.hookwire.auth.Login;\n\n@dev.hookwire.annotations.Inline\npublic final class AfterLogin { public void handle(Login login) {} }\n");
    Compilation compilation = compile(compiler, file);
    assertThat(compilation).succeededWithoutWarnings();
    String wiring = compilation
        .generatedSourceFile("com.acme.hooks.HookWiring")
        .orElseThrow()
        .getCharContent(true)
        .toString();
    assertThat(wiring).contains("afterLogin.handle(login)");
    assertThat(wiring).doesNotContain("runWithin");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(CompilerKind.class)
  void withoutInlineTheSameHookRunsWithinTheDefault(CompilerKind compiler) {
    JavaFileObject file = hook(
        "AfterLogin",
        "import dev.hookwire.auth.Login;\n\npublic final class AfterLogin { public void handle(Login login) {} }\n");
    Compilation compilation = compile(compiler, file);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("com.acme.hooks.HookWiring")
        .contentsAsUtf8String()
        .contains("dispatch.runWithin(AFTER_LOGIN");
    assertThat(compilation)
        .generatedSourceFile("com.acme.hooks.HookWiring")
        .contentsAsUtf8String()
        .contains(".timed(30000L)");
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
    JavaFileObject host = source("com.acme.app.App", """
            package com.acme.app;

            public final class App {
              Object wiring(dev.hookwire.runtime.HookRuntime runtime) { return new com.acme.hooks.HookWiring(runtime); }
            }
            """);
    JavaFileObject file = hook(
        "AfterUserCreate",
        "public final class AfterUserCreate { public void handle(Usr user) {} }\n");
    JavaFileObject packageInfo = packageInfo();
    Compilation compilation = TestCompiler.javac().compile(host, packageInfo, file);
    List<Diagnostic<? extends JavaFileObject>> errors = compilation.errors();
    assertThat(errors).hasSize(2);
    assertThat(errors.get(0).getSource()).isEqualTo(file);
    assertThat(errors.get(0).getMessage(null)).contains("cannot find symbol");
    assertThat(errors.get(1).getMessage(null))
        .isEqualTo(Message.TYPES_NEVER_RESOLVED.format("com.acme.hooks", "Usr"));
    assertThat(errors.get(1).getSource()).isEqualTo(packageInfo);
    assertThat(errors.get(1).getLineNumber())
        .isEqualTo(1L); // on @HookPackage, where ECJ can show it too
  }
}
