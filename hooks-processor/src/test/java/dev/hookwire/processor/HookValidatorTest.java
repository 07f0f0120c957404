package dev.hookwire.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Every rule a hook class must follow: each broken rule is an error with the exact message, in
 * the hook's file, on the line at fault, and it is the only error. (That a package with errors
 * gets no {@code HookWiring} is {@link HookProcessorTest}'s to show: compile-testing hides the
 * generated files of a failed compile.)
 */
class HookValidatorTest {
  private static final List<String> AUTH_EVENTS = List.of(
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
      TestCompiler.source("com.acme.hooks.package-info", """
          @HookPackage
          package com.acme.hooks;

          import dev.hookwire.annotations.HookPackage;
          """);

  private static JavaFileObject hook(String simpleName, String code) {
    return TestCompiler.source("com.acme.hooks." + simpleName, """
        package com.acme.hooks;

        import dev.hookwire.annotations.*;
        import dev.hookwire.auth.*;
        import dev.hookwire.runtime.*;
        import java.util.Map;

        """ + code);
  }

  /** Compiles one hook, asserts exactly one error with {@code message} on the line containing {@code line}. */
  private static void assertSingleError(JavaFileObject file, String message, String line) {
    Compilation compilation = TestCompiler.compile(PACKAGE_INFO, file);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(message).inFile(file).onLineContaining(line);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void misspelledClassNameSuggestsTheEventAndListsTheKnownOnes() {
    JavaFileObject file = hook(
        "AfterUserCreat", "public final class AfterUserCreat { public void handle(User user) {} }");
    String message = Message.UNKNOWN_EVENT.format(
        "after-user-creat",
        "AfterUserCreat",
        Message.classSuggestion(
            "AfterUserCreat", Optional.of(new Names.Suggestion("after-user-create", false))),
        "",
        Message.list(AUTH_EVENTS));
    assertSingleError(file, message, "class AfterUserCreat");
    assertThat(message)
        .startsWith(
            "Unknown hook event 'after-user-creat' (class AfterUserCreat). Did you mean AfterUserCreate (after-user-create)? Known events: after-admin-user-create, ");
  }

  @Test
  void unrelatedClassNameGetsNoSuggestionButSaysWhereHelpersGo() {
    JavaFileObject file =
        hook("StringUtils", "public final class StringUtils { public void handle(User user) {} }");
    String message = Message.UNKNOWN_EVENT.format(
        "string-utils",
        "StringUtils",
        Message.classSuggestion("StringUtils", Optional.empty()),
        "",
        Message.list(AUTH_EVENTS));
    assertSingleError(file, message, "class StringUtils");
    assertThat(message).doesNotContain("Did you mean");
    assertThat(message).contains("move helper types to another package");
  }

  @Test
  void unknownEventInHookAnnotationIsReportedOnTheAnnotation() {
    JavaFileObject file = hook("Provision", """
            @Hook("after-user-creat")
            public final class Provision { public void handle(User user) {} }
            """);
    assertSingleError(
        file,
        Message.UNKNOWN_EVENT_IN_HOOK.format(
            "after-user-creat",
            "Provision",
            Message.valueSuggestion(Optional.of(new Names.Suggestion("after-user-create", false))),
            "",
            Message.list(AUTH_EVENTS)),
        "@Hook(\"after-user-creat\")");
  }

  @Test
  void pascalCaseEventInHookAnnotationSuggestsTheKebabName() {
    JavaFileObject file = hook("Provision", """
            @Hook("AfterUserCreate")
            public final class Provision { public void handle(User user) {} }
            """);
    assertSingleError(
        file,
        Message.UNKNOWN_EVENT_IN_HOOK.format(
            "AfterUserCreate",
            "Provision",
            Message.valueSuggestion(Optional.of(new Names.Suggestion("after-user-create", false))),
            "",
            Message.list(AUTH_EVENTS)),
        "@Hook(\"AfterUserCreate\")");
  }

  @Test
  void emptyHookAnnotation() {
    JavaFileObject file = hook("Provision", """
            @Hook("")
            public final class Provision { public void handle(User user) {} }
            """);
    assertSingleError(file, Message.EMPTY_HOOK_VALUE.format("Provision"), "@Hook(\"\")");
  }

  @Test
  void interfaceEnumAndRecordAreNotHooks() {
    assertSingleError(
        hook("AfterLogin", "public interface AfterLogin {}"),
        Message.NOT_A_CLASS.format("AfterLogin", "an interface"),
        "interface AfterLogin");
    assertSingleError(
        hook("AfterLogin", "public enum AfterLogin { A }"),
        Message.NOT_A_CLASS.format("AfterLogin", "an enum"),
        "enum AfterLogin");
    assertSingleError(
        hook("AfterLogin", "public record AfterLogin(int x) {}"),
        Message.NOT_A_CLASS.format("AfterLogin", "a record"),
        "record AfterLogin");
  }

  @Test
  void classMustBePublic() {
    assertSingleError(
        hook("AfterLogin", "final class AfterLogin { public void handle(Login login) {} }"),
        Message.HOOK_NOT_PUBLIC.format("AfterLogin"),
        "class AfterLogin");
  }

  @Test
  void classMustBeConcrete() {
    assertSingleError(
        hook(
            "AfterLogin",
            "public abstract class AfterLogin { public void handle(Login login) {} }"),
        Message.HOOK_ABSTRACT.format("AfterLogin"),
        "class AfterLogin");
  }

  @Test
  void classMustNotBeGeneric() {
    assertSingleError(
        hook(
            "AfterLogin",
            "public final class AfterLogin<T> {\n  public void handle(Login login) {}\n}"),
        Message.HOOK_GENERIC.format("AfterLogin"),
        "class AfterLogin<T>");
  }

  @Test
  void constructorMustBePublic() {
    assertSingleError(
        hook("AfterLogin", """
            public final class AfterLogin {
              private AfterLogin() {}
              public void handle(Login login) {}
            }
            """),
        Message.NO_PUBLIC_CONSTRUCTOR.format("AfterLogin"),
        "private AfterLogin()");
  }

  @Test
  void aPublicConstructorWithParametersIsAHookWithDependencies() {
    JavaFileObject file = hook("AfterLogin", """
        public final class AfterLogin {
          public AfterLogin(String name, java.time.Clock clock) {}
          AfterLogin() {}
          public void handle(Login login) {}
        }
        """);
    Compilation compilation = TestCompiler.compile(PACKAGE_INFO, file);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(TestCompiler.generatedSource(compilation, "com.acme.hooks.HookWiring")
            .replaceAll("\\s+", " "))
        .contains("new AfterLogin(arguments.get(String.class), arguments.get(Clock.class))");
  }

  @Test
  void aConstructorParameterThatDoesNotResolveDefersThePackageAsAHandleTypeDoes() {
    JavaFileObject file = hook("AfterLogin", """
        public final class AfterLogin {
          public AfterLogin(NoSuchService service) {}
          public void handle(Login login) {}
        }
        """);
    Compilation compilation = TestCompiler.compile(PACKAGE_INFO, file);
    // javac's error, and the package's "never resolved": no Hookwire error on the parameter.
    assertThat(compilation)
        .hadErrorContaining("cannot find symbol")
        .inFile(file)
        .onLineContaining("NoSuchService service");
    assertThat(compilation).hadErrorContaining("these types never resolved: NoSuchService");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void missingHandleShowsTheExpectedSignature() {
    JavaFileObject file = hook(
        "BeforeUserCreate",
        "public final class BeforeUserCreate { public void run(User user) {} }");
    String message = Message.NO_HANDLE.format(
        "BeforeUserCreate", "public UserPatch handle(User user, HookContext ctx)");
    assertSingleError(file, message, "class BeforeUserCreate");
  }

  @Test
  void secondHandleIsReportedOnItself() {
    assertSingleError(
        hook("AfterLogin", """
            public final class AfterLogin {
              public void handle(Login login) {}
              public void handle(Login login, HookContext ctx) {}
            }
            """),
        Message.EXTRA_HANDLE.format("AfterLogin", 2),
        "handle(Login login, HookContext ctx)");
  }

  @Test
  void handleMustBePublicInstanceAndNotGeneric() {
    assertSingleError(
        hook("AfterLogin", "public final class AfterLogin {\n  void handle(Login login) {}\n}"),
        Message.HANDLE_NOT_PUBLIC.format("AfterLogin"),
        "void handle(Login login)");
    assertSingleError(
        hook(
            "AfterLogin",
            "public final class AfterLogin {\n  public static void handle(Login login) {}\n}"),
        Message.HANDLE_STATIC.format("AfterLogin"),
        "static void handle");
    assertSingleError(
        hook(
            "AfterLogin",
            "public final class AfterLogin {\n  public <T> void handle(Login login) {}\n}"),
        Message.HANDLE_GENERIC.format("AfterLogin"),
        "<T> void handle");
  }

  @Test
  void beforeHookReturningAnotherTypeNamesWhatIsAllowed() {
    JavaFileObject file = hook("BeforeUserCreate", """
            public final class BeforeUserCreate {
              public String handle(User user) { return "x"; }
            }
            """);
    String message =
        "BeforeUserCreate.handle must return void or UserPatch (before-user-create is a before-event), found String";
    assertSingleError(file, message, "public String handle");
  }

  @Test
  void beforeHookReturningTheWholeEntityIsToldToReturnAPatch() {
    JavaFileObject file = hook("BeforeUserCreate", """
            public final class BeforeUserCreate {
              public User handle(User user) { return user; }
            }
            """);
    assertSingleError(
        file,
        Message.HANDLE_WRONG_RETURN.format(
            "BeforeUserCreate",
            "void or UserPatch",
            "before-user-create",
            "a before-event",
            "User",
            ". A before-hook changes the User by returning a UserPatch that names only what changes; the wiring merges it into a new User. It never returns a whole User."),
        "public User handle");
  }

  @Test
  void beforeHookOfAnEntityWithoutPatchMayOnlyReturnVoid() {
    JavaFileObject file = hook("BeforeLogin", """
            public final class BeforeLogin {
              public LoginAttempt handle(LoginAttempt attempt) { return attempt; }
            }
            """);
    assertSingleError(
        file,
        "BeforeLogin.handle must return void (before-login is a before-event), found LoginAttempt: LoginAttempt is not @Patchable, so the hook cannot change it; deny by throwing HookRejection.",
        "public LoginAttempt handle");
  }

  @Test
  void afterHookMustReturnVoid() {
    assertSingleError(
        hook(
            "AfterUserCreate",
            "public final class AfterUserCreate {\n  public boolean handle(User user) { return true; }\n}"),
        "AfterUserCreate.handle must return void (after-user-create is an after-event), found boolean.",
        "public boolean handle");
  }

  @Test
  void transformHookMustReturnTheReplacement() {
    assertSingleError(
        hook(
            "TransformCustomUserData",
            "public final class TransformCustomUserData {\n  public void handle(Map<String, String> data) {}\n}"),
        "TransformCustomUserData.handle must return Map<String, String> (transform-custom-user-data is a transform event), found void: the replacement for the input (return the input to keep it).",
        "public void handle");
  }

  @Test
  void parametersInTheWrongOrder() {
    assertSingleError(
        hook(
            "AfterLogin",
            "public final class AfterLogin {\n  public void handle(HookContext ctx, Login login) {}\n}"),
        Message.HANDLE_PARAMETERS_SWAPPED.format(
            "AfterLogin", "(Login, HookContext)", "(HookContext, Login)"),
        "public void handle");
  }

  @Test
  void handlerTakingOnlyTheContext() {
    assertSingleError(
        hook(
            "AfterLogin",
            "public final class AfterLogin {\n  public void handle(HookContext ctx) {}\n}"),
        Message.HANDLE_ONLY_CONTEXT.format("AfterLogin", "(Login) or (Login, HookContext)"),
        "public void handle");
  }

  @Test
  void wrongEntityParameterIsReportedOnTheParameter() {
    assertSingleError(
        hook(
            "AfterLogin",
            "public final class AfterLogin {\n  public void handle(\n      User user) {}\n}"),
        Message.HANDLE_WRONG_ENTITY.format("AfterLogin", "Login", "after-login", "User"),
        "User user");
  }

  @Test
  void wrongSecondParameterIsReportedOnTheParameter() {
    assertSingleError(
        hook(
            "AfterLogin",
            "public final class AfterLogin {\n  public void handle(Login login,\n      String ctx) {}\n}"),
        Message.HANDLE_WRONG_CONTEXT.format("AfterLogin", "String"),
        "String ctx");
  }

  @Test
  void tooManyParameters() {
    assertSingleError(
        hook(
            "AfterLogin",
            "public final class AfterLogin {\n  public void handle(Login login, HookContext ctx, int retries) {}\n}"),
        Message.HANDLE_PARAMETER_COUNT.format(
            "AfterLogin", "(Login) or (Login, HookContext)", "(Login, HookContext, int)"),
        "public void handle");
  }

  @Test
  void timeoutMustBePositive() {
    assertSingleError(
        hook("AfterLogin", """
            @Timeout(0)
            public final class AfterLogin { public void handle(Login login) {} }
            """),
        Message.HOOK_TIMEOUT_NOT_POSITIVE.format("AfterLogin", 0, "after-login", 30_000),
        "@Timeout(0)");
  }

  @Test
  void aHookCannotTakeTheGeneratedName() {
    JavaFileObject file = hook(
        "HookWiring",
        "@Hook(\"after-login\")\npublic final class HookWiring { public void handle(Login login) {} }");
    assertSingleError(file, Message.RESERVED_NAME.format("HookWiring"), "class HookWiring");
  }

  @Test
  void everyErrorOfTheCompileIsReportedAtOnce() {
    JavaFileObject typo =
        hook("AfterLogn", "public final class AfterLogn { public void handle(Login login) {} }");
    JavaFileObject wrongReturn = hook(
        "AfterUserCreate",
        "public final class AfterUserCreate {\n  public int handle(User user) { return 1; }\n}");
    JavaFileObject fine = hook(
        "AfterSessionCreate",
        "public final class AfterSessionCreate { public void handle(Session session) {} }");
    Compilation compilation = TestCompiler.compile(PACKAGE_INFO, typo, wrongReturn, fine);
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("Unknown hook event 'after-logn'")
        .inFile(typo)
        .onLineContaining("class AfterLogn");
    assertThat(compilation)
        .hadErrorContaining("AfterUserCreate.handle must return void")
        .inFile(wrongReturn)
        .onLineContaining("public int handle");
  }

  @Test
  void aProtectedComponentHasNoSetterSoAHookCannotChangeIt() {
    JavaFileObject file = hook("BeforeUserCreate", """
            public final class BeforeUserCreate {
              public UserPatch handle(User user) {
                return UserPatch.of().id("admin");
              }
            }
            """);
    Compilation compilation = TestCompiler.compile(PACKAGE_INFO, file);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("cannot find symbol")
        .inFile(file)
        .onLineContaining("UserPatch.of().id(\"admin\")");
  }

  @Test
  void nestedHelpersInsideAHookAreNotHooks() {
    JavaFileObject file = hook("AfterLogin", """
            public final class AfterLogin {
              public void handle(Login login) { Helper.note(login); }
              static final class Helper { static void note(Login login) {} }
            }
            """);
    assertThat(TestCompiler.compile(PACKAGE_INFO, file)).succeededWithoutWarnings();
  }

  // ---- policies: @Tags, @Async, @Timeout against a host catalog whose events carry tags ----

  private static final JavaFileObject[] DESK_CATALOG = {
    TestCompiler.resource("good/com/acme/desk/Ticket.java"),
    TestCompiler.resource("good/com/acme/desk/UrgentFilter.java"),
    TestCompiler.resource("good/com/acme/desk/DeskHooks.java"),
    TestCompiler.resource("good/com/acme/desk/hooks/package-info.java"),
  };

  private static JavaFileObject deskHook(String simpleName, String code) {
    return TestCompiler.source(
        "com.acme.desk.hooks." + simpleName,
        "package com.acme.desk.hooks;\n\nimport com.acme.desk.*;\nimport dev.hookwire.annotations.*;\n\n"
            + code);
  }

  private static void assertSingleDeskError(JavaFileObject file, String message, String line) {
    JavaFileObject[] sources = java.util.Arrays.copyOf(DESK_CATALOG, DESK_CATALOG.length + 1);
    sources[DESK_CATALOG.length] = file;
    Compilation compilation = TestCompiler.compile(sources);
    assertThat(compilation).hadErrorContaining(message).inFile(file).onLineContaining(line);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void tagsOnAnEventThatCarriesNoTag() {
    assertSingleDeskError(
        deskHook(
            "TransformTicketView",
            "@Tags(\"support\")\npublic final class TransformTicketView { public Ticket handle(Ticket t) { return t; } }"),
        Message.TAGS_ON_UNTAGGED_EVENT.format("TransformTicketView", "transform-ticket-view"),
        "@Tags(\"support\")");
  }

  @Test
  void tagsMustNameATagAndNoneBlank() {
    assertSingleDeskError(
        deskHook(
            "AfterTicketOpen",
            "@Tags({})\npublic final class AfterTicketOpen { public void handle(Ticket t) {} }"),
        Message.TAGS_EMPTY.format("AfterTicketOpen"),
        "@Tags({})");
    assertSingleDeskError(
        deskHook(
            "AfterTicketOpen",
            "@Tags({\"support\", \" \"})\npublic final class AfterTicketOpen { public void handle(Ticket t) {} }"),
        Message.TAG_BLANK.format("AfterTicketOpen"),
        "@Tags({\"support\", \" \"})");
  }

  @Test
  void onlyAfterHooksCanBeAsync() {
    assertSingleDeskError(
        deskHook(
            "BeforeTicketOpen",
            "@Async\npublic final class BeforeTicketOpen { public void handle(Ticket t) {} }"),
        Message.ASYNC_NOT_AFTER.format("BeforeTicketOpen", "before-ticket-open", "a before-event"),
        "@Async");
    assertSingleDeskError(
        deskHook(
            "TransformTicketView",
            "@Async\npublic final class TransformTicketView { public Ticket handle(Ticket t) { return t; } }"),
        Message.ASYNC_NOT_AFTER.format(
            "TransformTicketView", "transform-ticket-view", "a transform event"),
        "@Async");
  }

  @Test
  void negativeTimeoutInAnyUnit() {
    assertSingleDeskError(
        deskHook(
            "AfterTicketOpen",
            "@Timeout(value = -1, unit = java.util.concurrent.TimeUnit.SECONDS)\npublic final class AfterTicketOpen { public void handle(Ticket t) {} }"),
        Message.HOOK_TIMEOUT_NOT_POSITIVE.format("AfterTicketOpen", -1, "after-ticket-open", 2_000),
        "@Timeout(value = -1");
  }
}
