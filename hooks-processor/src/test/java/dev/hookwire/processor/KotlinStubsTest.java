package dev.hookwire.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Kotlin classes as kapt shows them to the processor: Java stubs carrying {@code kotlin.Metadata}
 * (a stand-in here). The errors for Kotlin's shapes are in the corpus ({@code bad/kotlin-*});
 * integration-tests-kotlin runs the same through the real kapt.
 */
class KotlinStubsTest {
  private static final JavaFileObject METADATA = TestCompiler.source("kotlin.Metadata", """
          package kotlin;

          @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
          public @interface Metadata { int k() default 1; }
          """);

  /** The stub of: @Patchable data class Note(@Protected val id: String, val title: String, val pinned: Boolean) */
  private static final JavaFileObject NOTE = TestCompiler.source("com.acme.notes.Note", """
          package com.acme.notes;

          @kotlin.Metadata(k = 1)
          @dev.hookwire.annotations.Patchable
          public final class Note {
            private final String id;
            private final String title;
            private final boolean pinned;
            public static final String KIND = "note";

            public Note(@dev.hookwire.annotations.Protected String id, String title, boolean pinned) {
              this.id = id;
              this.title = title;
              this.pinned = pinned;
            }

            public final String getId() { return id; }
            public final String getTitle() { return title; }
            public final boolean isPinned() { return pinned; }
            public final String component1() { return id; }
            public final String component2() { return title; }
            public final boolean component3() { return pinned; }
            public final Note copy(String id, String title, boolean pinned) { return new Note(id, title, pinned); }
          }
          """);

  /**
   * Without {@code -Xlint}: javac's {@code -Xlint:processing} warns that no processor claims {@code
   * kotlin.Metadata}, which kapt does not enable either.
   */
  private static Compilation compile(JavaFileObject... sources) {
    return TestCompiler.forCorpus(CompilerKind.JAVAC).compile(sources);
  }

  @Test
  void aDataClassGetsAPatchThatCallsItsPrimaryConstructorAndHasNoSetterForAProtectedProperty()
      throws IOException {
    Compilation compilation = compile(METADATA, NOTE);
    assertThat(compilation).succeededWithoutWarnings();
    String patch = compilation
        .generatedSourceFile("com.acme.notes.NotePatch")
        .orElseThrow()
        .getCharContent(false)
        .toString();
    assertThat(patch).contains("public NotePatch title(String title)");
    assertThat(patch).contains("public NotePatch pinned(boolean pinned)");
    assertThat(patch).doesNotContain("NotePatch id(");
    assertThat(patch)
        .contains("return new Note(\n"
            + "        note.component1(),\n"
            + "        titleSet ? title : note.component2(),\n"
            + "        pinnedSet ? pinned : note.component3());");
  }

  @Test
  void aBeforeHookOfADataClassEntityReturnsItsGeneratedPatch() {
    JavaFileObject catalog = TestCompiler.source("com.acme.notes.NoteHooks", """
            package com.acme.notes;

            import dev.hookwire.annotations.*;
            import dev.hookwire.runtime.HookContext;

            @kotlin.Metadata(k = 1)
            @EventCatalog
            public interface NoteHooks {
              @BeforeEvent
              Note beforeNoteSave(Note note, HookContext ctx);
            }
            """);
    JavaFileObject packageInfo = TestCompiler.source("com.acme.notes.hooks.package-info", """
            @dev.hookwire.annotations.HookPackage(com.acme.notes.NoteHooks.class)
            package com.acme.notes.hooks;
            """);
    JavaFileObject hook = TestCompiler.source("com.acme.notes.hooks.BeforeNoteSave", """
            package com.acme.notes.hooks;

            import com.acme.notes.Note;
            import com.acme.notes.NotePatch;

            @kotlin.Metadata(k = 1)
            public final class BeforeNoteSave {
              public final NotePatch handle(Note note) {
                return NotePatch.of().title(note.getTitle().strip());
              }
            }
            """);
    Compilation compilation = compile(METADATA, NOTE, catalog, packageInfo, hook);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("com.acme.notes.hooks.HookWiring")
        .contentsAsUtf8String()
        .contains("public final class HookWiring implements NoteHooks {");
  }
}
