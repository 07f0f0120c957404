package dev.hookwire.kt

import dev.hookwire.annotations.Protected
import dev.hookwire.kt.notes.Note
import dev.hookwire.kt.notes.NotePatch
import dev.hookwire.kt.notes.SavedNotes
import dev.hookwire.kt.notes.hooks.HookWiring
import dev.hookwire.runtime.HookContext
import dev.hookwire.runtime.HookDependencies
import dev.hookwire.runtime.HookRuntime
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertSame
import org.junit.jupiter.api.Assertions.assertThrows
import org.junit.jupiter.api.Assertions.assertTrue
import java.time.Duration
import java.util.Optional
import org.junit.jupiter.api.Test

/** A catalog written in Kotlin, on a @Patchable data class, with Kotlin hooks. */
class KotlinCatalogTest {
    private val saved = SavedNotes()
    private val index = SavedNotes.Index()
    private val hooks = HookWiring(
        HookRuntime.builder().build(),
        HookDependencies.of(mapOf(SavedNotes.Index::class.java to index)),
    )
    private val ctx = HookContext.builder().service(SavedNotes::class.java, saved).build()

    @Test
    fun `the generated patch of a data class changes only what it sets, into a new instance`() {
        val note = Note("n1", "", "Groceries\nmilk, eggs", pinned = true)

        val stored = hooks.beforeNoteSave(note, ctx)
        hooks.afterNoteSave(stored, ctx)

        assertEquals(Note("n1", "Groceries", "Groceries\nmilk, eggs", pinned = true), stored)
        assertEquals(listOf(stored), saved.all())
        assertEquals("", note.title, "the input is not changed")
    }

    @Test
    fun `a Kotlin hook's constructor dependency, order and timeout are wired as a Java hook's`() {
        hooks.afterNoteSave(Note("n5", "Todo", "call Ada", pinned = false), ctx)

        assertEquals(mapOf("n5" to "Todo"), index.titles())
        val afterSave = hooks.describe().events().single { it.name() == "after-note-save" }.hooks()
        assertEquals(
            listOf("dev.hookwire.kt.notes.hooks.AfterNoteSave", "dev.hookwire.kt.notes.hooks.IndexNote"),
            afterSave.map { it.type() },
            "order 0 before order 10",
        )
        assertEquals(Optional.of(Duration.ofSeconds(2)), afterSave[1].timeout())
        assertEquals(listOf(SavedNotes.Index::class.java.name), afterSave[1].dependencies())
    }

    @Test
    fun `a titled note comes back as it went in`() {
        val note = Note("n2", "Todo", "call Ada", pinned = false)

        assertSame(note, hooks.beforeNoteSave(note, ctx))
    }

    @Test
    fun `Kotlin's null checks hold when a patch sets a non-null property to null`() {
        val patch = NotePatch.of().title(null)

        assertThrows(NullPointerException::class.java) { patch.applyTo(Note("n4", "a", "b", false)) }
    }

    @Test
    fun `the patch has a setter for every property but the @Protected id`() {
        val setters = NotePatch::class.java.methods
            .filter { it.returnType == NotePatch::class.java && it.parameterCount == 1 }
            .map { it.name }
            .sorted()

        assertEquals(listOf("body", "pinned", "title"), setters)
        val id = Note::class.java.constructors.single { it.parameterCount == 4 }.parameters[0]
        assertTrue(id.isAnnotationPresent(Protected::class.java), "Kotlin put @Protected on the constructor parameter")
        assertFalse(NotePatch.of().title("x").applyTo(Note("n3", "a", "b", false)).pinned)
    }
}
