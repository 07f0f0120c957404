package dev.hookwire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** A catalog's own mistakes are errors on the catalog method or annotation at fault. */
class CatalogReaderTest {

  private static JavaFileObject catalog(String body) {
    return TestCompiler.source("com.acme.desk.DeskHooks", """
        package com.acme.desk;

        import dev.hookwire.annotations.*;
        import dev.hookwire.runtime.*;

        @EventCatalog
        public interface DeskHooks {
        """ + body + "\n}\n");
  }

  private static void assertCatalogError(String body, String message, String line) {
    JavaFileObject file = catalog(body);
    Compilation compilation = TestCompiler.compile(file);
    assertThat(compilation).hadErrorContaining(message).inFile(file).onLineContaining(line);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aValidCatalogCompilesQuietly() {
    JavaFileObject file = catalog("""
              @BeforeEvent String beforeNoteSave(String note, HookContext ctx);
              @AfterEvent void afterNoteSave(String note, HookContext ctx);
              @TransformEvent java.util.List<String> transformTags(java.util.List<String> tags, HookContext ctx);
              default void notAnEvent() {}
            """);
    assertThat(TestCompiler.compile(file)).succeededWithoutWarnings();
  }

  @Test
  void helpersWithoutEventAnnotationsStayAllowed() {
    // Default, static and private methods are the host's helpers; inherited methods that are
    // implemented (or Object's) need no body in the wiring.
    JavaFileObject base = TestCompiler.source("com.acme.desk.Describable", """
            package com.acme.desk;

            public interface Describable {
              String name();

              void close();

              default String label() { return "catalog " + name(); }

              @Override
              String toString();
            }
            """);
    JavaFileObject file = TestCompiler.source("com.acme.desk.DeskHooks", """
            package com.acme.desk;

            import dev.hookwire.annotations.*;
            import dev.hookwire.runtime.*;

            @EventCatalog
            public interface DeskHooks extends Describable {
              @AfterEvent void afterNoteSave(String note, HookContext ctx);

              @Override default String name() { return prefix() + "desk"; }
              @Override default void close() {}
              default void afterNoteSaveTwice(String note, HookContext ctx) { afterNoteSave(note, ctx); afterNoteSave(note, ctx); }
              static String version() { return "1"; }
              private String prefix() { return "acme-"; }
            }
            """);
    JavaFileObject packageInfo = TestCompiler.source(
        "com.acme.hooks.package-info",
        "@dev.hookwire.annotations.HookPackage(com.acme.desk.DeskHooks.class)\npackage com.acme.hooks;\n");
    Compilation compilation = TestCompiler.compile(base, file, packageInfo);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("com.acme.hooks.HookWiring")
        .contentsAsUtf8String()
        .contains("public void afterNoteSave(String note, HookContext ctx) {");
  }

  @Test
  void eventNeedsOneKindAnnotation() {
    assertCatalogError(
        "  void afterNoteSave(String note, HookContext ctx);",
        Message.EVENT_WITHOUT_KIND.format("afterNoteSave"),
        "void afterNoteSave");
    assertCatalogError(
        "  @BeforeEvent @AfterEvent void afterNoteSave(String note, HookContext ctx);",
        Message.EVENT_WITH_MANY_KINDS.format("afterNoteSave"),
        "void afterNoteSave");
  }

  @Test
  void eventTakesTheEntityAndTheContext() {
    assertCatalogError(
        "  @AfterEvent void afterNoteSave(String note);",
        Message.EVENT_PARAMETERS.format("afterNoteSave", "(String)"),
        "void afterNoteSave");
  }

  @Test
  void eventReturnFollowsItsKind() {
    assertCatalogError(
        "  @BeforeEvent void beforeNoteSave(String note, HookContext ctx);",
        Message.EVENT_RETURN.format("beforeNoteSave", "a before-event", "java.lang.String", "void"),
        "void beforeNoteSave");
    assertCatalogError(
        "  @AfterEvent String afterNoteSave(String note, HookContext ctx);",
        Message.EVENT_RETURN.format("afterNoteSave", "an after-event", "void", "java.lang.String"),
        "String afterNoteSave");
  }

  @Test
  void virtualEventNeedsAKebabNameAndAMatchingFilter() {
    assertCatalogError(
        """
          @AfterEvent
          @VirtualEvent(name = "AfterAdminNoteSave", filter = Object.class)
          void afterNoteSave(String note, HookContext ctx);
        """,
        Message.VIRTUAL_EVENT_NAME.format("AfterAdminNoteSave"),
        "name = \"AfterAdminNoteSave\"");
    assertCatalogError(
        """
          @AfterEvent
          @VirtualEvent(name = "after-admin-note-save", filter = Object.class)
          void afterNoteSave(String note, HookContext ctx);
        """,
        Message.VIRTUAL_EVENT_FILTER.format(
            "java.lang.Object", "does not implement EventFilter", "java.lang.String"),
        "filter = Object.class");
    assertCatalogError(
        """
          @AfterEvent
          @VirtualEvent(name = "after-note-save", filter = Object.class)
          void afterNoteSave(String note, HookContext ctx);
        """,
        Message.VIRTUAL_EVENT_NAME_TAKEN.format(
            "after-note-save", "the event of catalog method afterNoteSave"),
        "name = \"after-note-save\"");
  }

  @Test
  void anEventAnnotationOnAHelperIsAnError() {
    assertCatalogError(
        "  @AfterEvent default void afterNoteSave(String note, HookContext ctx) {}",
        Message.EVENT_NOT_ABSTRACT.format(
            "afterNoteSave", "default", "@AfterEvent", Message.Part.FIX_DEFAULT.format()),
        "default void afterNoteSave");
    assertCatalogError(
        "  @BeforeEvent static String beforeNoteSave(String note, HookContext ctx) { return note; }",
        Message.EVENT_NOT_ABSTRACT.format(
            "beforeNoteSave", "static", "@BeforeEvent", Message.Part.FIX_STATIC.format()),
        "static String beforeNoteSave");
  }

  @Test
  void hookPackageMustNameACatalog() {
    JavaFileObject packageInfo = TestCompiler.source(
        "com.acme.hooks.package-info",
        "@dev.hookwire.annotations.HookPackage(String.class)\npackage com.acme.hooks;\n");
    Compilation compilation = TestCompiler.compile(packageInfo);
    assertThat(compilation)
        .hadErrorContaining(Message.NOT_A_CATALOG.format("java.lang.String"))
        .inFile(packageInfo)
        .onLine(1);
  }

  @Test
  void twoCatalogsDefiningOneEventAreAnErrorOnThePackage() {
    JavaFileObject desk =
        catalog("  @AfterEvent void afterNoteSave(String note, HookContext ctx);");
    JavaFileObject other = TestCompiler.source("com.acme.desk.OtherHooks", """
            package com.acme.desk;

            @dev.hookwire.annotations.EventCatalog
            public interface OtherHooks {
              @dev.hookwire.annotations.AfterEvent
              void afterNoteSave(String note, dev.hookwire.runtime.HookContext ctx);
            }
            """);
    JavaFileObject packageInfo = TestCompiler.source(
        "com.acme.hooks.package-info",
        "@dev.hookwire.annotations.HookPackage({com.acme.desk.DeskHooks.class, com.acme.desk.OtherHooks.class})\npackage com.acme.hooks;\n");
    Compilation compilation = TestCompiler.compile(desk, other, packageInfo);
    assertThat(compilation)
        .hadErrorContaining(Message.EVENT_IN_TWO_CATALOGS.format(
            "after-note-save", "com.acme.desk.DeskHooks", "com.acme.desk.OtherHooks"))
        .inFile(packageInfo)
        .onLine(1);
  }

  @Test
  void aHandWrittenPatchNamedByPatchedByIsWhatBeforeHooksReturn() {
    // The patch's methods may be inherited: the wiring only calls applyTo and stopsChain.
    JavaFileObject doc = TestCompiler.source("com.acme.docs.Doc", """
            package com.acme.docs;

            @dev.hookwire.annotations.PatchedBy(DocPatch.class)
            public final class Doc {
              final String text;
              public Doc(String text) { this.text = text; }
            }
            """);
    JavaFileObject base = TestCompiler.source("com.acme.docs.BasePatch", """
            package com.acme.docs;

            public abstract class BasePatch {
              private boolean stop;
              public final boolean stopsChain() { return stop; }
              protected void stop() { stop = true; }
            }
            """);
    JavaFileObject patch = TestCompiler.source("com.acme.docs.DocPatch", """
            package com.acme.docs;

            public final class DocPatch extends BasePatch {
              private final String suffix;
              public DocPatch(String suffix) { this.suffix = suffix; }
              public Doc applyTo(Doc doc) { return new Doc(doc.text + suffix); }
            }
            """);
    JavaFileObject catalog = TestCompiler.source("com.acme.docs.DocHooks", """
            package com.acme.docs;

            import dev.hookwire.annotations.*;
            import dev.hookwire.runtime.HookContext;

            @EventCatalog
            public interface DocHooks {
              @BeforeEvent Doc beforeDocSave(Doc doc, HookContext ctx);
            }
            """);
    JavaFileObject packageInfo = TestCompiler.source(
        "com.acme.docs.hooks.package-info",
        "@dev.hookwire.annotations.HookPackage(com.acme.docs.DocHooks.class)\npackage com.acme.docs.hooks;\n");
    JavaFileObject hook = TestCompiler.source("com.acme.docs.hooks.BeforeDocSave", """
            package com.acme.docs.hooks;

            import com.acme.docs.Doc;
            import com.acme.docs.DocPatch;

            public final class BeforeDocSave {
              public DocPatch handle(Doc doc) { return new DocPatch("!"); }
            }
            """);
    Compilation compilation = TestCompiler.compile(doc, base, patch, catalog, packageInfo, hook);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("com.acme.docs.hooks.HookWiring")
        .contentsAsUtf8String()
        .contains("current = patch.applyTo(current);");

    JavaFileObject wrong = TestCompiler.source("com.acme.docs.hooks.BeforeDocSave", """
            package com.acme.docs.hooks;

            import com.acme.docs.Doc;

            public final class BeforeDocSave {
              public Doc handle(Doc doc) { return doc; }
            }
            """);
    Compilation rejected = TestCompiler.compile(doc, base, patch, catalog, packageInfo, wrong);
    assertThat(rejected)
        .hadErrorContaining(
            "BeforeDocSave.handle must return void or DocPatch (before-doc-save is a before-event), found Doc.")
        .inFile(wrong)
        .onLineContaining("public Doc handle");
  }
}
