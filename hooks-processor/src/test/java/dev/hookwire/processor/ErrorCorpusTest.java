package dev.hookwire.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The error corpus: malformed hooks, hooks packages, catalogs, patchable records and annotation
 * values. Each case's sources mark the line where a diagnostic must appear with a trailing {@code
 * // error: <message>} (or {@code // warning: }); the test asserts each message, in that file, on
 * that line, that there are no other errors, and that the processor did not crash.
 *
 * <p>In markers, {@code {AUTH}} stands for the built-in catalog's events as the messages list
 * them, and {@code {HELP}} for the unknown-event message's closing advice.
 */
class ErrorCorpusTest {
  private static final String AUTH_EVENTS =
      "after-admin-user-create, after-login, after-session-create, after-user-create, before-login,"
          + " before-session-create, before-user-create, resolve-oauth-context, transform-custom-user-data";
  private static final String HELP =
      "A hook class is named after its event, or names it with @Hook(\"event-name\"). Every"
          + " top-level type of a hooks package is a hook; move helper types to another package"
          + " (sub-packages are not scanned).";

  /** One malformed input: its sources, as {@code qualified name -> code}. */
  record Case(String name, List<String[]> sources) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final String AUTH_PACKAGE_INFO =
      "@dev.hookwire.annotations.HookPackage\npackage com.acme.hooks;\n";
  private static final String IMPORTS =
      "package com.acme.hooks;\n\nimport dev.hookwire.annotations.*;\nimport dev.hookwire.auth.*;\nimport dev.hookwire.runtime.*;\nimport java.util.Map;\n\n";

  /** A case of one auth hook class named {@code simpleName}. */
  private static Case hook(String name, String simpleName, String code) {
    return new Case(name, List.of(
        new String[] {"com.acme.hooks.package-info", AUTH_PACKAGE_INFO},
        new String[] {"com.acme.hooks." + simpleName, IMPORTS + code}));
  }

  private static Case sources(String name, String... pairs) {
    List<String[]> sources = new ArrayList<>();
    for (int i = 0; i < pairs.length; i += 2) {
      sources.add(new String[] {pairs[i], pairs[i + 1]});
    }
    return new Case(name, sources);
  }

  private static final String DESK_CATALOG =
      """
      package com.acme.desk;

      import dev.hookwire.annotations.*;
      import dev.hookwire.runtime.HookContext;

      @EventCatalog
      public interface DeskHooks {
        @BeforeEvent @Tagged String beforeTicketOpen(String ticket, HookContext ctx);
        @AfterEvent void afterTicketOpen(String ticket, HookContext ctx);
        @TransformEvent String transformTicketView(String ticket, HookContext ctx);
      }
      """;

  /** A case of one hook against the desk catalog (a tagged before-event, an after and a transform). */
  private static Case deskHook(String name, String simpleName, String code) {
    return sources(name,
        "com.acme.desk.DeskHooks", DESK_CATALOG,
        "com.acme.desk.hooks.package-info", "@dev.hookwire.annotations.HookPackage(com.acme.desk.DeskHooks.class)\npackage com.acme.desk.hooks;\n",
        "com.acme.desk.hooks." + simpleName, "package com.acme.desk.hooks;\n\nimport dev.hookwire.annotations.*;\n\n" + code);
  }

  private static Case catalog(String name, String body) {
    return sources(name, "com.acme.desk.NoteHooks",
        "package com.acme.desk;\n\nimport dev.hookwire.annotations.*;\nimport dev.hookwire.runtime.*;\n\n@EventCatalog\npublic interface NoteHooks {\n" + body + "}\n");
  }

  /** Virtual-event filters, good and bad, for {@link #catalogWithFilters}. */
  private static final String FILTERS =
      """
      package com.acme.desk;

      import dev.hookwire.runtime.EventFilter;
      import dev.hookwire.runtime.HookContext;

      public final class Filters {
        private Filters() {}

        public static final class LongNote implements EventFilter<String> {
          @Override public boolean test(String note, HookContext ctx) { return note.length() > 100; }
        }

        public abstract static class AbstractNote implements EventFilter<String> {}

        public static final class NoDefault implements EventFilter<String> {
          private final int limit;
          public NoDefault(int limit) { this.limit = limit; }
          @Override public boolean test(String note, HookContext ctx) { return note.length() > limit; }
        }

        public final class Inner implements EventFilter<String> {
          @Override public boolean test(String note, HookContext ctx) { return true; }
        }

        public static final class Generic<T> implements EventFilter<String> {
          @Override public boolean test(String note, HookContext ctx) { return true; }
        }

        public static final class Throwing implements EventFilter<String> {
          public Throwing() throws java.io.IOException {}
          @Override public boolean test(String note, HookContext ctx) { return true; }
        }

        static final class Hidden implements EventFilter<String> {
          @Override public boolean test(String note, HookContext ctx) { return true; }
        }

        public interface Shape extends EventFilter<String> {}
      }
      """;

  private static Case catalogWithFilters(String name, String body) {
    return sources(name,
        "com.acme.desk.Filters", FILTERS,
        "com.acme.desk.NoteHooks",
        "package com.acme.desk;\n\nimport dev.hookwire.annotations.*;\nimport dev.hookwire.runtime.*;\n\n@EventCatalog\npublic interface NoteHooks {\n" + body + "}\n");
  }

  static Stream<Case> corpus() {
    return Stream.of(
        // ---- names and events ----
        hook("misspelled class", "AfterUserCreat",
            "public final class AfterUserCreat { public void handle(User u) {} } // error: Unknown hook event 'after-user-creat' (class AfterUserCreat). Did you mean AfterUserCreate (after-user-create)? Known events: {AUTH}. {HELP}"),
        hook("missing word in class name", "BeforeCreate",
            "public final class BeforeCreate { public void handle(User u) {} } // error: Unknown hook event 'before-create' (class BeforeCreate). Did you mean BeforeUserCreate (before-user-create)? Known events: {AUTH}. {HELP}"),
        hook("wrong case in class name", "Afterlogin",
            "public final class Afterlogin { public void handle(Login l) {} } // error: Unknown hook event 'afterlogin' (class Afterlogin). Did you mean AfterLogin (after-login)? Known events: {AUTH}. {HELP}"),
        hook("helper class in the hooks package", "StringUtils",
            "public final class StringUtils { public static String trim(String s) { return s; } } // error: Unknown hook event 'string-utils' (class StringUtils). Known events: {AUTH}. {HELP}"),
        hook("misspelled @Hook value", "Provision",
            "@Hook(\"after-user-creat\") // error: Unknown hook event 'after-user-creat' in @Hook on class Provision. Did you mean 'after-user-create'? Known events: {AUTH}.\npublic final class Provision { public void handle(User u) {} }"),
        hook("PascalCase @Hook value", "Provision",
            "@Hook(\"AfterUserCreate\") // error: Unknown hook event 'AfterUserCreate' in @Hook on class Provision. Did you mean 'after-user-create'? Known events: {AUTH}.\npublic final class Provision { public void handle(User u) {} }"),
        hook("empty @Hook", "Provision",
            "@Hook(\"\") // error: @Hook on class Provision names no event. Write the event in kebab-case, for example @Hook(\"after-user-create\"), or remove @Hook to take the event from the class name.\npublic final class Provision { public void handle(User u) {} }"),
        hook("blank @Hook", "Provision",
            "@Hook(\"  \") // error: @Hook on class Provision names no event.\npublic final class Provision { public void handle(User u) {} }"),
        hook("hook named HookWiring", "HookWiring",
            "@Hook(\"after-login\")\npublic final class HookWiring { public void handle(Login l) {} } // error: A hook class cannot be named HookWiring: that is the class Hookwire generates in the hooks package."),
        // ---- the class ----
        hook("interface", "AfterLogin", "public interface AfterLogin { void handle(Login l); } // error: AfterLogin is an interface; a hook must be a class. Every top-level type of a hooks package is a hook; move helper types to another package (sub-packages are not scanned)."),
        hook("enum", "AfterLogin", "public enum AfterLogin { INSTANCE } // error: AfterLogin is an enum; a hook must be a class."),
        hook("record", "AfterLogin", "public record AfterLogin(int x) { public void handle(Login l) {} } // error: AfterLogin is a record; a hook must be a class."),
        hook("annotation type", "AfterLogin", "public @interface AfterLogin {} // error: AfterLogin is an annotation type; a hook must be a class."),
        hook("package-private class", "AfterLogin", "final class AfterLogin { public void handle(Login l) {} } // error: Hook class AfterLogin must be public. Add the public modifier."),
        hook("abstract class", "AfterLogin", "public abstract class AfterLogin { public void handle(Login l) {} } // error: Hook class AfterLogin must not be abstract: HookWiring creates it with new AfterLogin(). Remove the abstract modifier."),
        hook("generic class", "AfterLogin", "public final class AfterLogin<T> { // error: Hook class AfterLogin must not be generic: HookWiring creates it with new AfterLogin(). Remove the type parameters.\n  public void handle(Login l) {}\n}"),
        hook("private constructor", "AfterLogin", "public final class AfterLogin {\n  private AfterLogin() {} // error: Hook class AfterLogin needs a public no-argument constructor: HookWiring creates it with new AfterLogin(). Hooks get the host's services from HookContext.service(Class), not from constructor arguments.\n  public void handle(Login l) {}\n}"),
        hook("constructor with arguments", "AfterLogin", "public final class AfterLogin {\n  public AfterLogin(javax.sql.DataSource ds) {} // error: Hook class AfterLogin needs a public no-argument constructor\n  public void handle(Login l) {}\n}"),
        hook("protected constructor", "AfterLogin", "public class AfterLogin {\n  protected AfterLogin() {} // error: Hook class AfterLogin needs a public no-argument constructor\n  public void handle(Login l) {}\n}"),
        // ---- handle ----
        hook("no handle", "BeforeUserCreate", "public final class BeforeUserCreate { public UserPatch apply(User u) { return null; } } // error: Hook class BeforeUserCreate has no handle method. Expected public UserPatch handle(User user, HookContext ctx) (the HookContext parameter is optional)."),
        hook("no handle, transform", "TransformCustomUserData", "public final class TransformCustomUserData {} // error: Hook class TransformCustomUserData has no handle method. Expected public Map<String, String> handle(Map<String, String> map, HookContext ctx) (the HookContext parameter is optional)."),
        hook("two handles", "AfterLogin", "public final class AfterLogin {\n  public void handle(Login l) {}\n  public void handle(Login l, HookContext c) {} // error: Hook class AfterLogin has 2 handle methods; a hook has exactly one. Remove this one or rename it.\n}"),
        hook("three handles", "AfterLogin", "public final class AfterLogin {\n  public void handle(Login l) {}\n  public void handle(Login l, HookContext c) {} // error: Hook class AfterLogin has 3 handle methods\n  public void handle(Object o) {} // error: Hook class AfterLogin has 3 handle methods\n}"),
        hook("package-private handle", "AfterLogin", "public final class AfterLogin {\n  void handle(Login l) {} // error: AfterLogin.handle must be public. Add the public modifier.\n}"),
        hook("private handle", "AfterLogin", "public final class AfterLogin {\n  private void handle(Login l) {} // error: AfterLogin.handle must be public.\n}"),
        hook("static handle", "AfterLogin", "public final class AfterLogin {\n  public static void handle(Login l) {} // error: AfterLogin.handle must be an instance method: HookWiring calls it on the hook's instance. Remove the static modifier.\n}"),
        hook("generic handle", "AfterLogin", "public final class AfterLogin {\n  public <T> void handle(Login l) {} // error: AfterLogin.handle must not be generic. Remove its type parameters.\n}"),
        // ---- parameters ----
        hook("no parameters", "AfterLogin", "public final class AfterLogin {\n  public void handle() {} // error: AfterLogin.handle must take (Login) or (Login, HookContext), found ().\n}"),
        hook("three parameters", "AfterLogin", "public final class AfterLogin {\n  public void handle(Login l, HookContext c, int retries) {} // error: AfterLogin.handle must take (Login) or (Login, HookContext), found (Login, HookContext, int).\n}"),
        hook("parameters in the wrong order", "AfterLogin", "public final class AfterLogin {\n  public void handle(HookContext c, Login l) {} // error: AfterLogin.handle has its parameters in the wrong order: expected (Login, HookContext), found (HookContext, Login).\n}"),
        hook("only the context", "AfterLogin", "public final class AfterLogin {\n  public void handle(HookContext c) {} // error: AfterLogin.handle takes only the HookContext; it must take (Login) or (Login, HookContext): the event's entity comes first.\n}"),
        hook("wrong entity", "AfterLogin", "public final class AfterLogin {\n  public void handle(User u) {} // error: AfterLogin.handle's first parameter must accept Login, the entity of after-login, found User.\n}"),
        hook("primitive entity", "AfterLogin", "public final class AfterLogin {\n  public void handle(int login) {} // error: AfterLogin.handle's first parameter must accept Login, the entity of after-login, found int.\n}"),
        hook("wrong map type", "TransformCustomUserData", "public final class TransformCustomUserData {\n  public Map<String, String> handle(Map<String, Integer> data) { return null; } // error: TransformCustomUserData.handle's first parameter must accept Map<String, String>, the entity of transform-custom-user-data, found Map<String, Integer>.\n}"),
        hook("wrong second parameter", "AfterLogin", "public final class AfterLogin {\n  public void handle(Login l, String ctx) {} // error: AfterLogin.handle's second parameter must be HookContext (dev.hookwire.runtime.HookContext), found String.\n}"),
        // ---- returns ----
        hook("before returns String", "BeforeUserCreate", "public final class BeforeUserCreate {\n  public String handle(User u) { return \"\"; } // error: BeforeUserCreate.handle must return void or UserPatch (before-user-create is a before-event), found String.\n}"),
        hook("before returns the entity", "BeforeUserCreate", "public final class BeforeUserCreate {\n  public User handle(User u) { return u; } // error: BeforeUserCreate.handle must return void or UserPatch (before-user-create is a before-event), found User. A before-hook changes the User by returning a UserPatch that names only what changes; the wiring merges it into a new User. It never returns a whole User.\n}"),
        hook("before returns another entity's patch", "BeforeUserCreate", "public final class BeforeUserCreate {\n  public SessionPatch handle(User u) { return null; } // error: BeforeUserCreate.handle must return void or UserPatch (before-user-create is a before-event), found SessionPatch.\n}"),
        hook("before of an entity without patch returns it", "BeforeLogin", "public final class BeforeLogin {\n  public LoginAttempt handle(LoginAttempt a) { return a; } // error: BeforeLogin.handle must return void (before-login is a before-event), found LoginAttempt: LoginAttempt is not @Patchable, so the hook cannot change it; deny by throwing HookRejection.\n}"),
        hook("after returns boolean", "AfterUserCreate", "public final class AfterUserCreate {\n  public boolean handle(User u) { return true; } // error: AfterUserCreate.handle must return void (after-user-create is an after-event), found boolean.\n}"),
        hook("after returns Object", "AfterSessionCreate", "public final class AfterSessionCreate {\n  public Object handle(Session s) { return s; } // error: AfterSessionCreate.handle must return void (after-session-create is an after-event), found Object.\n}"),
        hook("transform returns void", "TransformCustomUserData", "public final class TransformCustomUserData {\n  public void handle(Map<String, String> d) {} // error: TransformCustomUserData.handle must return Map<String, String> (transform-custom-user-data is a transform event), found void: the replacement for the input (return the input to keep it).\n}"),
        hook("transform returns a wider map", "TransformCustomUserData", "public final class TransformCustomUserData {\n  public Map<String, Object> handle(Map<String, String> d) { return null; } // error: TransformCustomUserData.handle must return Map<String, String> (transform-custom-user-data is a transform event), found Map<String, Object>\n}"),
        // ---- annotation values ----
        hook("@Timeout(0)", "AfterLogin", "@Timeout(0) // error: @Timeout on AfterLogin must be positive, found 0. Event after-login has a default time limit of 30000 ms, which applies without @Timeout: to run without a time limit, on the caller's thread, replace @Timeout with @Inline.\npublic final class AfterLogin { public void handle(Login l) {} }"),
        hook("negative @Timeout", "AfterLogin", "@Timeout(value = -5, unit = java.util.concurrent.TimeUnit.SECONDS) // error: @Timeout on AfterLogin must be positive, found -5.\npublic final class AfterLogin { public void handle(Login l) {} }"),
        hook("@Tags on an auth event", "AfterLogin", "@Tags(\"users\") // error: @Tags on hook AfterLogin: event 'after-login' carries no tag (its catalog method is not @Tagged), so there is nothing to filter on. Remove @Tags, or declare the event @Tagged in its catalog.\npublic final class AfterLogin { public void handle(Login l) {} }"),
        hook("@Async on a before-hook", "BeforeUserCreate", "@Async // error: @Async on hook BeforeUserCreate: only after-hooks can be async, and before-user-create is a before-event, whose result the dispatcher needs before it returns. Remove @Async.\npublic final class BeforeUserCreate { public void handle(User u) {} }"),
        hook("@Async on a transform hook", "TransformCustomUserData", "@Async // error: @Async on hook TransformCustomUserData: only after-hooks can be async, and transform-custom-user-data is a transform event\npublic final class TransformCustomUserData { public Map<String, String> handle(Map<String, String> d) { return d; } }"),
        deskHook("@Tags on an untagged host event", "AfterTicketOpen", "@Tags(\"support\") // error: @Tags on hook AfterTicketOpen: event 'after-ticket-open' carries no tag\npublic final class AfterTicketOpen { public void handle(String t) {} }"),
        deskHook("empty @Tags", "BeforeTicketOpen", "@Tags({}) // error: @Tags on hook BeforeTicketOpen names no tag. List at least one, or remove @Tags to run for every tag.\npublic final class BeforeTicketOpen { public void handle(String t) {} }"),
        deskHook("blank tag", "BeforeTicketOpen", "@Tags({\"support\", \"\"}) // error: @Tags on hook BeforeTicketOpen has a blank tag. Every tag must have a name.\npublic final class BeforeTicketOpen { public void handle(String t) {} }"),
        deskHook("misspelled host event", "AfterTicketOpn", "public final class AfterTicketOpn { public void handle(String t) {} } // error: Unknown hook event 'after-ticket-opn' (class AfterTicketOpn). Did you mean AfterTicketOpen (after-ticket-open)? Known events: after-ticket-open, before-ticket-open, transform-ticket-view."),
        // ---- hook annotations where they do nothing ----
        sources("@Order outside a hooks package", "com.acme.plain.Audit",
            "package com.acme.plain;\n@dev.hookwire.annotations.Order(3) // error: @Order on com.acme.plain.Audit has no effect: package com.acme.plain is not a hooks package (no @HookPackage on its package-info.java), so com.acme.plain.Audit is never wired. Annotate the package @HookPackage, or move the class to your hooks package.\npublic final class Audit {}"),
        sources("@Disabled outside a hooks package", "com.acme.plain.Audit",
            "package com.acme.plain;\n@dev.hookwire.annotations.Disabled(\"old\") // error: @Disabled on com.acme.plain.Audit has no effect: package com.acme.plain is not a hooks package\npublic final class Audit {}"),
        hook("@Hook on a nested class", "AfterLogin",
            "public final class AfterLogin {\n  public void handle(Login l) {}\n  @Hook(\"after-user-create\") // error: @Hook on com.acme.hooks.AfterLogin.Audit has no effect: only top-level classes of a hooks package are hooks, and this class is nested. Make it a top-level class of the hooks package.\n  public static final class Audit { public void handle(User u) {} }\n}"),
        sources("hook in a package without @HookPackage", "com.acme.plain.AfterLogin",
            "package com.acme.plain;\npublic final class AfterLogin { public void handle(dev.hookwire.auth.Login l) {} } // warning: Class AfterLogin is named after the event 'after-login' and has a handle method, but package com.acme.plain is not a hooks package (no @HookPackage), so it is never wired. Annotate the package @HookPackage, or move the class to your hooks package; if it is not a hook, add @SuppressWarnings(\"hookwire\")."),
        // ---- hooks packages ----
        sources("@HookPackage naming a non-catalog", "com.acme.hooks.package-info",
            "@dev.hookwire.annotations.HookPackage(String.class) // error: @HookPackage names java.lang.String, which is not an interface annotated @EventCatalog. Name a catalog interface, or leave @HookPackage empty for the built-in dev.hookwire.auth.AuthHooks.\npackage com.acme.hooks;\n"),
        sources("@HookPackage naming a catalog twice", "com.acme.hooks.package-info",
            "@dev.hookwire.annotations.HookPackage({dev.hookwire.auth.AuthHooks.class, dev.hookwire.auth.AuthHooks.class}) // error: @HookPackage names dev.hookwire.auth.AuthHooks twice. Name each catalog once.\npackage com.acme.hooks;\n"),
        sources("two catalogs defining one event", "com.acme.desk.DeskHooks", DESK_CATALOG,
            "com.acme.desk.OtherHooks", "package com.acme.desk;\n@dev.hookwire.annotations.EventCatalog\npublic interface OtherHooks {\n  @dev.hookwire.annotations.AfterEvent void afterTicketOpen(String t, dev.hookwire.runtime.HookContext c);\n}\n",
            "com.acme.hooks.package-info", "@dev.hookwire.annotations.HookPackage({com.acme.desk.DeskHooks.class, com.acme.desk.OtherHooks.class}) // error: Event 'after-ticket-open' is defined by both com.acme.desk.DeskHooks and com.acme.desk.OtherHooks: a hook class could not tell which it serves. Use one of the catalogs in this package, or rename the event in one of them.\npackage com.acme.hooks;\n"),
        // ---- catalogs ----
        catalog("event without kind", "  void afterNoteSave(String n, HookContext c); // error: Catalog method afterNoteSave needs one kind annotation: @BeforeEvent, @AfterEvent or @TransformEvent.\n"),
        catalog("event with two kinds", "  @BeforeEvent @AfterEvent void afterNoteSave(String n, HookContext c); // error: Catalog method afterNoteSave has more than one kind annotation; keep exactly one of @BeforeEvent, @AfterEvent, @TransformEvent.\n"),
        catalog("event without context", "  @AfterEvent void afterNoteSave(String n); // error: Catalog method afterNoteSave must take (Entity, HookContext): the event's entity and the context. Found (String).\n"),
        catalog("event with a primitive entity", "  @AfterEvent void afterNoteSave(int n, HookContext c); // error: Catalog method afterNoteSave must take (Entity, HookContext): the event's entity and the context. Found (int, HookContext).\n"),
        catalog("before-event returning void", "  @BeforeEvent void beforeNoteSave(String n, HookContext c); // error: Catalog method beforeNoteSave is a before-event and must return java.lang.String, found void.\n"),
        catalog("transform returning another type", "  @TransformEvent Object transformNote(String n, HookContext c); // error: Catalog method transformNote is a transform event and must return java.lang.String, found java.lang.Object.\n"),
        catalog("generic event", "  @AfterEvent <T> void afterNoteSave(String n, HookContext c); // error: Catalog method afterNoteSave must not be generic: an event has one entity type.\n"),
        catalog("two methods, one event", "  @AfterEvent void afterNoteSave(String n, HookContext c);\n  @AfterEvent void afterNOTESave(String n, HookContext c); // error: Catalog methods afterNoteSave and afterNOTESave both map to event 'after-note-save'.\n"),
        catalog("virtual event not kebab-case", "  @AfterEvent\n  @VirtualEvent(name = \"AfterAdminNoteSave\", filter = Object.class) // error: @VirtualEvent name 'AfterAdminNoteSave' must be kebab-case (lowercase words joined by '-'), for example 'after-admin-user-create'.\n  void afterNoteSave(String n, HookContext c);\n"),
        catalog("virtual event with a wrong filter", "  @AfterEvent\n  @VirtualEvent(name = \"after-admin-note-save\", filter = Object.class) // error: @VirtualEvent filter java.lang.Object does not implement EventFilter. A filter must be a public, non-abstract, non-generic class (top-level or static nested) with a public no-argument constructor that implements dev.hookwire.runtime.EventFilter<java.lang.String>, the base event's entity: the wiring creates it once, with new.\n  void afterNoteSave(String n, HookContext c);\n"),
        catalog("virtual event filter of another entity", "  @AfterEvent\n  @VirtualEvent(name = \"after-admin-note-save\", filter = dev.hookwire.auth.AdminCreateUserFilter.class) // error: @VirtualEvent filter dev.hookwire.auth.AdminCreateUserFilter implements EventFilter<User>, not EventFilter<String>. A filter must be\n  void afterNoteSave(String n, HookContext c);\n"),
        catalog("negative default timeout", "  @AfterEvent\n  @Timeout(-1) // error: @Timeout on afterNoteSave must be positive, found -1. Remove @Timeout to run without a time limit.\n  void afterNoteSave(String n, HookContext c);\n"),
        // ---- catalogs: helpers, names, virtual events, filters, shape ----
        catalog("kind annotation on a default method", "  @AfterEvent default void afterNoteSave(String n, HookContext c) {} // error: Catalog method afterNoteSave is a default method, so it is a helper for the host, not an event, and its @AfterEvent has no effect. An event is an abstract method: to declare one, remove the default modifier and the body. To keep the helper, remove @AfterEvent.\n"),
        catalog("kind annotation on a static method", "  @BeforeEvent static String beforeNoteSave(String n, HookContext c) { return n; } // error: Catalog method beforeNoteSave is a static method, so it is a helper for the host, not an event, and its @BeforeEvent has no effect. An event is an abstract method: to declare one, remove the static modifier and the body. To keep the helper, remove @BeforeEvent.\n"),
        catalog("@Tagged on a private method", "  @Tagged private void afterNoteSave(String n, HookContext c) {} // error: Catalog method afterNoteSave is a private method, so it is a helper for the host, not an event, and its @Tagged has no effect. An event is an abstract method: to declare one, make it a public abstract method (no body). To keep the helper, remove @Tagged.\n"),
        catalog("@VirtualEvent on a default method", "  @VirtualEvent(name = \"after-long-note-save\", filter = Object.class) default void afterNoteSave(String n, HookContext c) {} // error: Catalog method afterNoteSave is a default method, so it is a helper for the host, not an event, and its @VirtualEvent has no effect.\n"),
        catalog("@Timeout on a static method", "  @Timeout(5) static void afterNoteSave(String n, HookContext c) {} // error: Catalog method afterNoteSave is a static method, so it is a helper for the host, not an event, and its @Timeout has no effect.\n"),
        catalog("overloaded event", "  @AfterEvent void afterNoteSave(String n, HookContext c);\n  @AfterEvent void afterNoteSave(Integer n, HookContext c); // error: Catalog method afterNoteSave is overloaded: an event has exactly one dispatcher method, and every overload would map to event 'after-note-save'. Remove this overload or give it a name of its own.\n"),
        catalog("event method name with an underscore", "  @AfterEvent void after_note_save(String n, HookContext c); // error: Catalog method after_note_save does not map to an event name ('after_note_save' is not lowercase words joined by '-'). Name catalog methods in camelCase, letters and digits only: beforeNoteSave is event before-note-save and hook class BeforeNoteSave.\n"),
        catalog("virtual event named like its base", "  @AfterEvent\n  @VirtualEvent(name = \"after-note-save\", filter = Object.class) // error: @VirtualEvent name 'after-note-save' is already taken by the event of catalog method afterNoteSave. A virtual event needs a name of its own, which its hook classes are named after: name it after its condition, like 'after-admin-user-create' for 'after-user-create' on the admin path.\n  void afterNoteSave(String n, HookContext c);\n"),
        catalog("virtual event named like a later event", "  @AfterEvent\n  @VirtualEvent(name = \"after-note-delete\", filter = Object.class) // error: @VirtualEvent name 'after-note-delete' is already taken by the event of catalog method afterNoteDelete.\n  void afterNoteSave(String n, HookContext c);\n  @AfterEvent void afterNoteDelete(String n, HookContext c);\n"),
        catalogWithFilters("two virtual events with one name", "  @AfterEvent\n  @VirtualEvent(name = \"after-long-note-change\", filter = Filters.LongNote.class)\n  void afterNoteSave(String n, HookContext c);\n  @AfterEvent\n  @VirtualEvent(name = \"after-long-note-change\", filter = Filters.LongNote.class) // error: @VirtualEvent name 'after-long-note-change' is already taken by another @VirtualEvent on catalog method afterNoteSave.\n  void afterNoteEdit(String n, HookContext c);\n"),
        catalogWithFilters("abstract filter", "  @AfterEvent\n  @VirtualEvent(name = \"after-long-note-save\", filter = Filters.AbstractNote.class) // error: @VirtualEvent filter com.acme.desk.Filters.AbstractNote is abstract. A filter must be a public, non-abstract, non-generic class (top-level or static nested) with a public no-argument constructor that implements dev.hookwire.runtime.EventFilter<java.lang.String>, the base event's entity: the wiring creates it once, with new.\n  void afterNoteSave(String n, HookContext c);\n"),
        catalogWithFilters("filter without a no-argument constructor", "  @AfterEvent\n  @VirtualEvent(name = \"after-long-note-save\", filter = Filters.NoDefault.class) // error: @VirtualEvent filter com.acme.desk.Filters.NoDefault has no public no-argument constructor. A filter must be\n  void afterNoteSave(String n, HookContext c);\n"),
        catalogWithFilters("inner-class filter", "  @AfterEvent\n  @VirtualEvent(name = \"after-long-note-save\", filter = Filters.Inner.class) // error: @VirtualEvent filter com.acme.desk.Filters.Inner is an inner class: creating it needs an instance of its enclosing class. A filter must be\n  void afterNoteSave(String n, HookContext c);\n"),
        catalogWithFilters("generic filter", "  @AfterEvent\n  @VirtualEvent(name = \"after-long-note-save\", filter = Filters.Generic.class) // error: @VirtualEvent filter com.acme.desk.Filters.Generic is generic. A filter must be\n  void afterNoteSave(String n, HookContext c);\n"),
        catalogWithFilters("filter whose constructor throws", "  @AfterEvent\n  @VirtualEvent(name = \"after-long-note-save\", filter = Filters.Throwing.class) // error: @VirtualEvent filter com.acme.desk.Filters.Throwing has a constructor that throws IOException, a checked exception. A filter must be\n  void afterNoteSave(String n, HookContext c);\n"),
        catalogWithFilters("package-private filter", "  @AfterEvent\n  @VirtualEvent(name = \"after-long-note-save\", filter = Filters.Hidden.class) // error: @VirtualEvent filter com.acme.desk.Filters.Hidden is not public. A filter must be\n  void afterNoteSave(String n, HookContext c);\n"),
        catalogWithFilters("interface as filter", "  @AfterEvent\n  @VirtualEvent(name = \"after-long-note-save\", filter = Filters.Shape.class) // error: @VirtualEvent filter com.acme.desk.Filters.Shape is an interface, not a class. A filter must be\n  void afterNoteSave(String n, HookContext c);\n"),
        sources("catalog not public", "com.acme.desk.NoteHooks",
            "package com.acme.desk;\n@dev.hookwire.annotations.EventCatalog\ninterface NoteHooks {} // error: @EventCatalog com.acme.desk.NoteHooks must be public, and so must every type it is nested in: HookWiring, generated in the hooks package, implements it. Add the public modifier.\n"),
        sources("catalog nested in a package-private class", "com.acme.desk.Outer",
            "package com.acme.desk;\nfinal class Outer {\n  @dev.hookwire.annotations.EventCatalog public interface NoteHooks {} // error: @EventCatalog com.acme.desk.Outer.NoteHooks must be public, and so must every type it is nested in\n}\n"),
        sources("generic catalog", "com.acme.desk.NoteHooks",
            "package com.acme.desk;\n@dev.hookwire.annotations.EventCatalog\npublic interface NoteHooks<T> {} // error: @EventCatalog com.acme.desk.NoteHooks must not be generic: HookWiring implements it without type arguments, and each event names its own entity type. Remove the type parameters.\n"),
        sources("catalog inheriting a method that is no event", "com.acme.desk.NoteHooks",
            "package com.acme.desk;\n@dev.hookwire.annotations.EventCatalog\npublic interface NoteHooks extends AutoCloseable { // error: @EventCatalog com.acme.desk.NoteHooks inherits the abstract method close() from java.lang.AutoCloseable, which is not one of its events: HookWiring, which implements the catalog, would have no body for it. A catalog declares its events itself; to use several catalogs in one hooks package, name each of them: @HookPackage({A.class, B.class}).\n}\n"),
        sources("entity that is not public", "com.acme.desk.Note", "package com.acme.desk;\nrecord Note(String text) {}\n",
            "com.acme.desk.NoteHooks", "package com.acme.desk;\n\nimport dev.hookwire.annotations.*;\nimport dev.hookwire.runtime.*;\n\n@EventCatalog\npublic interface NoteHooks {\n  @AfterEvent void afterNoteSave(Note note, HookContext c); // error: Catalog method afterNoteSave takes Note, but com.acme.desk.Note is not public: HookWiring, generated in the hooks package, cannot name it. Make it public (and every type it is nested in).\n  @TransformEvent java.util.List<Note> transformNotes(java.util.List<Note> notes, HookContext c); // error: Catalog method transformNotes takes List<Note>, but com.acme.desk.Note is not public\n}\n"),
        catalog("catalog method describe()", "  @AfterEvent void afterNoteSave(String n, HookContext c);\n  default String describe() { return \"notes\"; } // error: @EventCatalog com.acme.desk.NoteHooks declares the method describe(), which HookWiring generates itself to list its events and hooks. Rename the method.\n"),
        sources("catalog inheriting describe()", "com.acme.desk.Named", "package com.acme.desk;\npublic interface Named {\n  default String describe() { return \"named\"; }\n}\n",
            "com.acme.desk.NoteHooks", "package com.acme.desk;\n@dev.hookwire.annotations.EventCatalog\npublic interface NoteHooks extends Named { // error: @EventCatalog com.acme.desk.NoteHooks inherits from com.acme.desk.Named the method describe(), which HookWiring generates itself to list its events and hooks. Rename the method.\n}\n"),
        // ---- hand-written patches ----
        sources("@PatchedBy naming a class without applyTo", "com.acme.model.Doc",
            "package com.acme.model;\n@dev.hookwire.annotations.PatchedBy(DocPatch.class) // error: @PatchedBy on com.acme.model.Doc names com.acme.model.DocPatch, which is not a valid patch: it has no method applyTo(Doc); stopsChain() is static. A patch is a public, non-generic type with two public instance methods that throw no checked exception: Doc applyTo(Doc), which returns a new Doc and never changes its input, and boolean stopsChain().\npublic final class Doc {}\n",
            "com.acme.model.DocPatch", "package com.acme.model;\npublic final class DocPatch {\n  public static boolean stopsChain() { return false; }\n}\n"),
        sources("@PatchedBy naming a patch with a wrong applyTo", "com.acme.model.Doc",
            "package com.acme.model;\n@dev.hookwire.annotations.PatchedBy(DocPatch.class) // error: @PatchedBy on com.acme.model.Doc names com.acme.model.DocPatch, which is not a valid patch: applyTo(Doc) is not public; applyTo(Doc) throws IOException; applyTo(Doc) returns Object, not Doc; stopsChain() returns Boolean, not boolean.\npublic final class Doc {}\n",
            "com.acme.model.DocPatch", "package com.acme.model;\npublic final class DocPatch {\n  Object applyTo(Doc doc) throws java.io.IOException { return doc; }\n  public Boolean stopsChain() { return false; }\n}\n"),
        sources("@PatchedBy naming a package-private generic patch", "com.acme.model.Doc",
            "package com.acme.model;\n@dev.hookwire.annotations.PatchedBy(DocPatch.class) // error: @PatchedBy on com.acme.model.Doc names com.acme.model.DocPatch, which is not a valid patch: it is not public; it is generic.\npublic final class Doc {}\n",
            "com.acme.model.DocPatch", "package com.acme.model;\nfinal class DocPatch<T> {\n  public Doc applyTo(Doc doc) { return doc; }\n  public boolean stopsChain() { return false; }\n}\n"),
        sources("@PatchedBy and @Patchable", "com.acme.model.Doc",
            "package com.acme.model;\n@dev.hookwire.annotations.Patchable\n@dev.hookwire.annotations.PatchedBy(Object.class) // error: com.acme.model.Doc has both @Patchable and @PatchedBy: a type has one patch. Keep @Patchable to have the patch generated, or @PatchedBy to name your own.\npublic record Doc(String text) {}\n"),
        sources("@PatchedBy on a generic type", "com.acme.model.Box",
            "package com.acme.model;\n@dev.hookwire.annotations.PatchedBy(Object.class) // error: @PatchedBy on com.acme.model.Box: a patched type must not be generic, since its patch's applyTo takes and returns exactly that type. Remove the type parameters.\npublic final class Box<T> {}\n"),
        sources("catalog on an entity with an invalid @PatchedBy", "com.acme.model.Doc",
            "package com.acme.model;\n@dev.hookwire.annotations.PatchedBy(DocPatch.class) // error: @PatchedBy on com.acme.model.Doc names com.acme.model.DocPatch, which is not a valid patch: it has no method stopsChain().\npublic final class Doc {}\n",
            "com.acme.model.DocPatch", "package com.acme.model;\npublic final class DocPatch {\n  public Doc applyTo(Doc doc) { return doc; }\n}\n",
            "com.acme.model.DocHooks", "package com.acme.model;\n\nimport dev.hookwire.annotations.*;\nimport dev.hookwire.runtime.*;\n\n@EventCatalog\npublic interface DocHooks {\n  @BeforeEvent Doc beforeDocSave(Doc doc, HookContext c); // error: Catalog method beforeDocSave is a before-event on com.acme.model.Doc, whose @PatchedBy names com.acme.model.DocPatch, which is not a valid patch (the error on com.acme.model.Doc says why, when it is compiled with this processor). Fix the patch, or remove @PatchedBy so that hooks of this event return void.\n  @AfterEvent void afterDocSave(Doc doc, HookContext c);\n}\n"),
        sources("@EventCatalog on a class", "com.acme.desk.NoteHooks",
            "package com.acme.desk;\n@dev.hookwire.annotations.EventCatalog\npublic abstract class NoteHooks {} // error: @EventCatalog com.acme.desk.NoteHooks must be an interface: its methods are the events.\n"),
        // ---- patchable records ----
        sources("@Patchable on a class", "com.acme.model.Plan",
            "package com.acme.model;\n@dev.hookwire.annotations.Patchable // error: @Patchable com.acme.model.Plan must be a record: its patch copies the record's components. Make it a record or remove @Patchable.\npublic final class Plan {}"),
        sources("@Patchable generic record", "com.acme.model.Box",
            "package com.acme.model;\n@dev.hookwire.annotations.Patchable // error: @Patchable record com.acme.model.Box must not be generic.\npublic record Box<T>(T value) {}"),
        sources("@Patchable nested record", "com.acme.model.Outer",
            "package com.acme.model;\npublic final class Outer {\n  @dev.hookwire.annotations.Patchable // error: @Patchable record com.acme.model.Outer.Inner must be a top-level record, so that its patch can sit next to it. Move it to its own file.\n  public record Inner(String value) {}\n}"),
        // ---- several at once ----
        new Case("every error of a package at once", List.of(
            new String[] {"com.acme.hooks.package-info", AUTH_PACKAGE_INFO},
            new String[] {"com.acme.hooks.AfterLogn", IMPORTS + "public final class AfterLogn { public void handle(Login l) {} } // error: Unknown hook event 'after-logn' (class AfterLogn). Did you mean AfterLogin (after-login)?"},
            new String[] {"com.acme.hooks.AfterUserCreate", IMPORTS + "public final class AfterUserCreate {\n  public int handle(User u) { return 1; } // error: AfterUserCreate.handle must return void (after-user-create is an after-event), found int.\n}"},
            new String[] {"com.acme.hooks.BeforeLogin", IMPORTS + "final class BeforeLogin { // error: Hook class BeforeLogin must be public.\n  public void handle(HookContext c) {} // error: BeforeLogin.handle takes only the HookContext\n}"})));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void eachMalformedInputGetsItsMessageOnItsLine(Case input) {
    List<JavaFileObject> files = new ArrayList<>();
    List<Expected> expected = new ArrayList<>();
    for (String[] source : input.sources()) {
      JavaFileObject file = TestCompiler.source(source[0], source[1]);
      files.add(file);
      String[] lines = source[1].split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        for (Diagnostic.Kind kind : List.of(Diagnostic.Kind.ERROR, Diagnostic.Kind.WARNING)) {
          String marker = "// " + kind.name().toLowerCase(java.util.Locale.ROOT) + ": ";
          int at = lines[i].indexOf(marker);
          if (at >= 0) {
            String message = lines[i].substring(at + marker.length()).replace("{AUTH}", AUTH_EVENTS).replace("{HELP}", HELP);
            expected.add(new Expected(kind, file, i + 1, message));
          }
        }
      }
    }
    assertThat(expected).isNotEmpty();

    Compilation compilation = TestCompiler.javac().withOptions("--release", "17").compile(files);

    long errors = expected.stream().filter(e -> e.kind() == Diagnostic.Kind.ERROR).count();
    long warnings = expected.size() - errors;
    for (Expected e : expected) {
      if (e.kind() == Diagnostic.Kind.ERROR) {
        assertThat(compilation).hadErrorContaining(e.message()).inFile(e.file()).onLine(e.line());
      } else {
        assertThat(compilation).hadWarningContaining(e.message()).inFile(e.file()).onLine(e.line());
      }
    }
    assertThat(compilation).hadErrorCount((int) errors);
    assertThat(compilation).hadWarningCount((int) warnings);
    for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
      assertThat(d.getMessage(null)).doesNotContain("internal error");
      assertThat(d.getMessage(null)).doesNotContain("threw an uncaught exception");
    }
  }

  private record Expected(Diagnostic.Kind kind, JavaFileObject file, int line, String message) {}
}
