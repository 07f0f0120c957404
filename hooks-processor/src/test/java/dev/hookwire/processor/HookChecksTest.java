package dev.hookwire.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Optional;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The checks that close the ways a hook could silently not run or not get its time limit: nested
 * hook-shaped classes, hook annotations on methods, raw types, constructors that throw, blank
 * {@code @Disabled} reasons, lookalike characters, {@code @Inline}, inherited handle methods, and
 * values javac cannot resolve (where the processor stays quiet). Each error is asserted with its
 * text, file and line.
 */
class HookChecksTest {
  private static final List<String> AUTH_EVENTS =
      List.of(
          "after-admin-user-create",
          "after-login",
          "after-session-create",
          "after-user-create",
          "before-login",
          "before-session-create",
          "before-user-create",
          "resolve-oauth-context",
          "transform-custom-user-data");

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

  private static void assertSingleError(JavaFileObject file, String message, String line) {
    Compilation compilation = compile(file);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(message).inFile(file).onLineContaining(line);
    assertThat(compilation).hadErrorCount(1);
  }

  private static void assertNoMessageNamesError(Compilation compilation) {
    for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
      assertThat(d.getMessage(null)).doesNotContain("<error>");
      assertThat(d.getMessage(null)).doesNotContain("internal error");
    }
  }

  // ---- nested classes ----

  @Test
  void aHookShapedClassNestedInAHookIsAnError() {
    JavaFileObject file =
        hook("AfterLogin", """
            public final class AfterLogin {
              public void handle(Login login) {}
              public static final class AfterUserCreate {
                public void handle(User user) {}
              }
            }
            """);
    assertSingleError(file, Message.NESTED_HOOK.format("com.acme.hooks.AfterLogin.AfterUserCreate", "after-user-create", "AfterLogin"), "class AfterUserCreate");
  }

  @Test
  void aHookShapedClassNestedInAnyClassOfTheHooksPackageIsAnError() {
    JavaFileObject file =
        hook("AfterSessionCreate", """
            public final class AfterSessionCreate {
              public void handle(Session session) {}
              static final class Inner {
                static final class BeforeLogin { public void handle(LoginAttempt attempt) {} }
              }
            }
            """);
    assertSingleError(file, Message.NESTED_HOOK.format("com.acme.hooks.AfterSessionCreate.Inner.BeforeLogin", "before-login", "AfterSessionCreate"), "class BeforeLogin");
  }

  @Test
  void aNestedClassWithHookGetsOneErrorOnly() {
    JavaFileObject file =
        hook("AfterLogin", """
            public final class AfterLogin {
              public void handle(Login login) {}
              @Hook("after-user-create")
              public static final class AfterUserCreate { public void handle(User user) {} }
            }
            """);
    assertSingleError(file, Message.HOOK_ANNOTATION_ON_NESTED_CLASS.format("@Hook", "com.acme.hooks.AfterLogin.AfterUserCreate"), "@Hook(");
  }

  @Test
  void inlineOutsideAHooksPackageHasNoEffect() {
    JavaFileObject file =
        TestCompiler.source("com.acme.plain.Audit", """
            package com.acme.plain;

            @dev.hookwire.annotations.Inline
            public final class Audit {}
            """);
    Compilation compilation = TestCompiler.compile(file);
    assertThat(compilation)
        .hadErrorContaining(Message.HOOK_ANNOTATION_OUTSIDE_HOOKS_PACKAGE.format("@Inline", "com.acme.plain.Audit", "com.acme.plain"))
        .inFile(file)
        .onLineContaining("@dev.hookwire.annotations.Inline");
    assertThat(compilation).hadErrorCount(1);
  }

  // ---- hook annotations on methods ----

  @Test
  void timeoutOnHandleIsReportedOnTheAnnotation() {
    JavaFileObject file =
        hook("AfterUserCreate", """
            public final class AfterUserCreate {
              @Timeout(100)
              public void handle(User user) {}
            }
            """);
    assertSingleError(file, Message.HOOK_ANNOTATION_ON_METHOD.format("@Timeout", "AfterUserCreate", "handle"), "@Timeout(100)");
  }

  @Test
  void theOtherHookAnnotationsOnHandleAreJavacErrors() {
    for (String annotation : List.of("@Order(1)", "@Tags(\"x\")", "@Async", "@Disabled(\"off\")", "@Hook(\"after-login\")", "@Inline")) {
      JavaFileObject file = hook("AfterUserCreate", "public final class AfterUserCreate {\n  " + annotation + "\n  public void handle(User user) {}\n}\n");
      Compilation compilation = compile(file);
      assertThat(compilation).hadErrorContaining("not applicable").inFile(file).onLineContaining(annotation);
    }
  }

  // ---- handle ----

  @Test
  void rawTypesInATransformHookNameTheExpectedType() {
    JavaFileObject file =
        hook("TransformCustomUserData", """
            public final class TransformCustomUserData {
              @SuppressWarnings("rawtypes")
              public Map handle(Map data) { return data; }
            }
            """);
    assertSingleError(
        file,
        Message.HANDLE_RAW_TYPE.format("TransformCustomUserData", "Map", "Map<String, String>", "transform-custom-user-data"),
        "public Map handle");
  }

  @Test
  void aConstructorDeclaringACheckedExceptionIsReportedOnIt() {
    JavaFileObject file =
        hook("AfterLogin", """
            public final class AfterLogin {
              public AfterLogin() throws java.io.IOException {}
              public void handle(Login login) {}
            }
            """);
    assertSingleError(file, Message.CONSTRUCTOR_THROWS.format("AfterLogin", "IOException"), "public AfterLogin()");
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
  void anInheritedHandleTheWiringCannotCallDoesNotCount() {
    JavaFileObject base =
        TestCompiler.source("com.acme.support.Base", """
            package com.acme.support;

            class Hidden { public void handle(dev.hookwire.auth.Login login) {} }
            """);
    JavaFileObject open =
        TestCompiler.source("com.acme.support.Open", "package com.acme.support;\n\npublic class Open extends Hidden {}\n");
    JavaFileObject file = hook("AfterLogin", "public final class AfterLogin extends com.acme.support.Open {}\n");
    Compilation compilation = compile(base, open, file);
    assertThat(compilation).hadErrorContaining(Message.INHERITED_HANDLE.format("AfterLogin", "Hidden.handle(Login)", "com.acme.support.Hidden is not public"))
        .inFile(file).onLineContaining("class AfterLogin");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aProtectedInheritedHandleDoesNotCount() {
    JavaFileObject base =
        TestCompiler.source("com.acme.support.Base", """
            package com.acme.support;

            public class Base { protected void handle(dev.hookwire.auth.Login login) {} }
            """);
    JavaFileObject file = hook("AfterLogin", "public final class AfterLogin extends com.acme.support.Base {}\n");
    Compilation compilation = compile(base, file);
    assertThat(compilation).hadErrorContaining(Message.INHERITED_HANDLE.format("AfterLogin", "Base.handle(Login)", "it is not public"))
        .inFile(file).onLineContaining("class AfterLogin");
    assertThat(compilation).hadErrorCount(1);
  }

  // ---- annotation values ----

  @Test
  void disabledNeedsAReason() {
    for (String reason : List.of("\"\"", "\"  \"")) {
      JavaFileObject file = hook("AfterLogin", "@Disabled(" + reason + ")\npublic final class AfterLogin { public void handle(Login login) {} }\n");
      assertSingleError(file, Message.DISABLED_WITHOUT_REASON.format("AfterLogin"), "@Disabled(");
    }
  }

  @Test
  void timeoutZeroOnAnEventWithADefaultPointsToInline() {
    JavaFileObject file = hook("AfterLogin", "@Timeout(0)\npublic final class AfterLogin { public void handle(Login login) {} }\n");
    String message = Message.HOOK_TIMEOUT_NOT_POSITIVE.format("AfterLogin", 0, "after-login", 30_000);
    assertSingleError(file, message, "@Timeout(0)");
    assertThat(message).doesNotContain("Remove @Timeout");
  }

  @Test
  void timeoutZeroOnAnEventWithoutADefaultSaysToRemoveIt() {
    JavaFileObject file = hook("AfterUserCreate", "@Timeout(0)\npublic final class AfterUserCreate { public void handle(User user) {} }\n");
    assertSingleError(file, Message.TIMEOUT_NOT_POSITIVE.format("AfterUserCreate", 0), "@Timeout(0)");
  }

  // ---- @Inline ----

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
    assertThat(compilation).generatedSourceFile("com.acme.hooks.HookWiring").contentsAsUtf8String().contains("dispatch.runWithin(AFTER_LOGIN");
    assertThat(compilation).generatedSourceFile("com.acme.hooks.HookWiring").contentsAsUtf8String().contains(".timed(30000L)");
  }

  @Test
  void inlineWithTimeoutOrAsyncIsAnError() {
    assertSingleError(
        hook("AfterLogin", "@Inline\n@Timeout(5)\npublic final class AfterLogin { public void handle(Login login) {} }\n"),
        Message.INLINE_WITH_TIMEOUT.format("AfterLogin"),
        "@Inline");
    assertSingleError(
        hook("AfterLogin", "@Inline\n@Async\npublic final class AfterLogin { public void handle(Login login) {} }\n"),
        Message.INLINE_WITH_ASYNC.format("AfterLogin"),
        "@Inline");
  }

  @Test
  void inlineWhereTheEventHasNoDefaultWarnsUnlessSuppressed() {
    JavaFileObject file = hook("AfterUserCreate", "@Inline\npublic final class AfterUserCreate { public void handle(User user) {} }\n");
    Compilation compilation = TestCompiler.javac().withOptions("--release", "17").compile(PACKAGE_INFO, file);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining(Message.INLINE_WITHOUT_EFFECT.format("AfterUserCreate", "after-user-create")).inFile(file).onLineContaining("@Inline");
    assertThat(compilation).hadWarningCount(1);

    JavaFileObject suppressed =
        hook("AfterUserCreate", "@Inline\n@SuppressWarnings(\"hookwire\")\npublic final class AfterUserCreate { public void handle(User user) {} }\n");
    assertThat(compile(suppressed)).succeededWithoutWarnings();
  }

  // ---- names ----

  @Test
  void aCyrillicLetterInTheClassNameIsNamed() {
    JavaFileObject file = hook("Aft\u0435rLogin", "public final class Aft\u0435rLogin { public void handle(Login login) {} }\n");
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorContaining("Did you mean AfterLogin (after-login)? Character 4 of 'Aft\u0435rLogin' is U+0435 CYRILLIC SMALL LETTER IE, not an ASCII character: retype it.")
        .inFile(file).onLineContaining("class Aft");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aNonBreakingHyphenInHookIsNamed() {
    JavaFileObject file = hook("Audit", "@Hook(\"after\u2011login\")\npublic final class Audit { public void handle(Login login) {} }\n");
    assertSingleError(
        file,
        "Did you mean 'after-login'? Character 6 of 'after\u2011login' is U+2011 NON-BREAKING HYPHEN, not an ASCII character: retype it.",
        "@Hook(");
  }

  @Test
  void namesFromOtherPlatformsSuggestTheEvent() {
    for (String[] pair : new String[][] {
        {"OnLogin", "after-login"}, {"AfterSignUp", "after-user-create"}, {"BeforeSignup", "before-user-create"},
        {"UserCreated", "after-user-create"}, {"UserCreateAfter", "after-user-create"}}) {
      JavaFileObject file = hook(pair[0], "public final class " + pair[0] + " { public void handle(User user) {} }\n");
      assertSingleError(
          file,
          Message.UNKNOWN_EVENT.format(Names.kebab(pair[0]), pair[0], Message.classSuggestion(pair[0], Optional.of(new Names.Suggestion(pair[1], false))), "", Message.list(AUTH_EVENTS)),
          "class " + pair[0]);
    }
  }

  @Test
  void aNumberedCopyIsToldToUseHook() {
    JavaFileObject file = hook("AfterUserCreate2", "public final class AfterUserCreate2 { public void handle(User user) {} }\n");
    String message = Message.UNKNOWN_EVENT.format("after-user-create2", "AfterUserCreate2", Message.classSuggestion("AfterUserCreate2", Optional.of(new Names.Suggestion("after-user-create", true))), "", Message.list(AUTH_EVENTS));
    assertSingleError(file, message, "class AfterUserCreate2");
    assertThat(message).contains("annotate it @Hook(\"after-user-create\")");
  }

  // ---- no follow-up errors, no <error> ----

  @Test
  void aClassNamingNoEventGetsOnlyThatError() {
    JavaFileObject file = hook("StringUtils", "abstract class StringUtils<T> {\n  private StringUtils() {}\n  @Timeout(0) void handle() {}\n}\n");
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorContaining("Unknown hook event 'string-utils'").inFile(file).onLineContaining("class StringUtils");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void unresolvedAnnotationValuesLeaveJavacsErrorAlone() {
    for (String annotation : List.of("@Hook(Events.MISSING)", "@Timeout(MISSING)", "@Order(MISSING)", "@Disabled(MISSING)")) {
      JavaFileObject file = hook("AfterLogin", annotation + "\npublic final class AfterLogin { public void handle(Login login) {} }\n");
      Compilation compilation = compile(file);
      assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(file).onLineContaining(annotation);
      assertThat(compilation).hadErrorCount(1);
      assertNoMessageNamesError(compilation);
    }
  }

  @Test
  void anUnresolvedCatalogOrPatchClassLeavesJavacsErrorAlone() {
    Compilation missingCatalog =
        TestCompiler.compile(TestCompiler.source("com.acme.hooks.package-info", "@dev.hookwire.annotations.HookPackage(Missing.class)\npackage com.acme.hooks;\n"));
    assertThat(missingCatalog).hadErrorContaining("cannot find symbol");
    assertThat(missingCatalog).hadErrorCount(1);
    assertNoMessageNamesError(missingCatalog);

    Compilation missingPatch =
        TestCompiler.compile(TestCompiler.source("com.acme.model.Doc", "package com.acme.model;\n@dev.hookwire.annotations.PatchedBy(Missing.class)\npublic final class Doc {}\n"));
    assertThat(missingPatch).hadErrorContaining("cannot find symbol");
    assertThat(missingPatch).hadErrorCount(1);
    assertNoMessageNamesError(missingPatch);
  }

  @Test
  void aCatalogWhoseEntityNamesAnUnresolvedPatchGetsNoFollowUp() {
    JavaFileObject entity =
        TestCompiler.source("com.acme.desk.Note", "package com.acme.desk;\n\n@dev.hookwire.annotations.PatchedBy(Missing.class)\npublic final class Note {}\n");
    JavaFileObject catalog =
        TestCompiler.source("com.acme.desk.NoteHooks", """
            package com.acme.desk;

            import dev.hookwire.annotations.*;
            import dev.hookwire.runtime.HookContext;

            @EventCatalog
            public interface NoteHooks {
              @BeforeEvent Note beforeNoteSave(Note note, HookContext ctx);
            }
            """);
    JavaFileObject packageInfo =
        TestCompiler.source("com.acme.desk.hooks.package-info", "@dev.hookwire.annotations.HookPackage(com.acme.desk.NoteHooks.class)\npackage com.acme.desk.hooks;\n");
    Compilation compilation = TestCompiler.compile(entity, catalog, packageInfo);
    assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(entity).onLineContaining("Missing.class");
    assertThat(compilation).hadErrorCount(1);
    assertNoMessageNamesError(compilation);
  }

  @Test
  void anUnresolvedFilterOrCatalogTimeoutLeavesJavacsErrorAlone() {
    JavaFileObject catalog =
        TestCompiler.source("com.acme.desk.DeskHooks", """
            package com.acme.desk;

            import dev.hookwire.annotations.*;
            import dev.hookwire.runtime.HookContext;

            @EventCatalog
            public interface DeskHooks {
              @AfterEvent @VirtualEvent(name = "after-urgent-ticket-open", filter = Missing.class)
              void afterTicketOpen(String ticket, HookContext ctx);
              @AfterEvent @Timeout(MISSING)
              void afterTicketClose(String ticket, HookContext ctx);
            }
            """);
    Compilation compilation = TestCompiler.compile(catalog);
    assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(catalog).onLineContaining("Missing.class");
    assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(catalog).onLineContaining("MISSING");
    assertThat(compilation).hadErrorCount(2);
    assertNoMessageNamesError(compilation);
  }

  // ---- javac's own errors first ----

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
  }

  // ---- @Patchable ----

  @Test
  void aPatchableComponentNamedLikeAPatchMethodIsAnError() {
    for (String component : List.of("of", "applyTo", "stopChain", "stopsChain", "isEmpty")) {
      JavaFileObject record =
          TestCompiler.source("com.acme.model.Doc", "package com.acme.model;\n\n@dev.hookwire.annotations.Patchable\npublic record Doc(String text,\n    boolean " + component + ") {}\n");
      Compilation compilation = TestCompiler.compile(record);
      assertThat(compilation).hadErrorContaining(Message.PATCH_COMPONENT_CLASH.format("com.acme.model.Doc", component)).inFile(record).onLineContaining("boolean " + component);
      assertThat(compilation).hadErrorCount(1);
    }
  }
}
