package dev.hookwire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** A catalog's own mistakes are errors on the catalog method or annotation at fault. */
class CatalogReaderTest {

  private static JavaFileObject catalog(String body) {
    return TestCompiler.source(
        "com.acme.desk.DeskHooks",
        """
        package com.acme.desk;

        import dev.hookwire.annotations.*;
        import dev.hookwire.runtime.*;

        @EventCatalog
        public interface DeskHooks {
        """
            + body
            + "\n}\n");
  }

  private static void assertCatalogError(String body, String message, String line) {
    JavaFileObject file = catalog(body);
    Compilation compilation = TestCompiler.compile(file);
    assertThat(compilation).hadErrorContaining(message).inFile(file).onLineContaining(line);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aValidCatalogCompilesQuietly() {
    JavaFileObject file =
        catalog("""
              @BeforeEvent String beforeNoteSave(String note, HookContext ctx);
              @AfterEvent void afterNoteSave(String note, HookContext ctx);
              @TransformEvent java.util.List<String> transformTags(java.util.List<String> tags, HookContext ctx);
              default void notAnEvent() {}
            """);
    assertThat(TestCompiler.compile(file)).succeededWithoutWarnings();
  }

  @Test
  void eventNeedsOneKindAnnotation() {
    assertCatalogError("  void afterNoteSave(String note, HookContext ctx);", Messages.eventWithoutKind("afterNoteSave"), "void afterNoteSave");
    assertCatalogError(
        "  @BeforeEvent @AfterEvent void afterNoteSave(String note, HookContext ctx);",
        Messages.eventWithManyKinds("afterNoteSave"),
        "void afterNoteSave");
  }

  @Test
  void eventTakesTheEntityAndTheContext() {
    assertCatalogError(
        "  @AfterEvent void afterNoteSave(String note);",
        Messages.eventParameters("afterNoteSave", "(String)"),
        "void afterNoteSave");
  }

  @Test
  void eventReturnFollowsItsKind() {
    assertCatalogError(
        "  @BeforeEvent void beforeNoteSave(String note, HookContext ctx);",
        Messages.eventReturn("beforeNoteSave", "before-event", "java.lang.String", "void"),
        "void beforeNoteSave");
    assertCatalogError(
        "  @AfterEvent String afterNoteSave(String note, HookContext ctx);",
        Messages.eventReturn("afterNoteSave", "after-event", "void", "java.lang.String"),
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
        Messages.virtualName("AfterAdminNoteSave"),
        "name = \"AfterAdminNoteSave\"");
    assertCatalogError(
        """
          @AfterEvent
          @VirtualEvent(name = "after-admin-note-save", filter = Object.class)
          void afterNoteSave(String note, HookContext ctx);
        """,
        Messages.virtualFilter("java.lang.Object", "java.lang.String"),
        "filter = Object.class");
  }

  @Test
  void hookPackageMustNameACatalog() {
    JavaFileObject packageInfo =
        TestCompiler.source(
            "com.acme.hooks.package-info",
            "@dev.hookwire.annotations.HookPackage(String.class)\npackage com.acme.hooks;\n");
    Compilation compilation = TestCompiler.compile(packageInfo);
    assertThat(compilation).hadErrorContaining(Messages.notACatalog("java.lang.String")).inFile(packageInfo).onLine(1);
  }

  @Test
  void twoCatalogsDefiningOneEventAreAnErrorOnThePackage() {
    JavaFileObject desk = catalog("  @AfterEvent void afterNoteSave(String note, HookContext ctx);");
    JavaFileObject other =
        TestCompiler.source(
            "com.acme.desk.OtherHooks",
            """
            package com.acme.desk;

            @dev.hookwire.annotations.EventCatalog
            public interface OtherHooks {
              @dev.hookwire.annotations.AfterEvent
              void afterNoteSave(String note, dev.hookwire.runtime.HookContext ctx);
            }
            """);
    JavaFileObject packageInfo =
        TestCompiler.source(
            "com.acme.hooks.package-info",
            "@dev.hookwire.annotations.HookPackage({com.acme.desk.DeskHooks.class, com.acme.desk.OtherHooks.class})\npackage com.acme.hooks;\n");
    Compilation compilation = TestCompiler.compile(desk, other, packageInfo);
    assertThat(compilation)
        .hadErrorContaining(Messages.eventInTwoCatalogs("after-note-save", "com.acme.desk.DeskHooks", "com.acme.desk.OtherHooks"))
        .inFile(packageInfo)
        .onLine(1);
  }
}
