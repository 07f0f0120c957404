package dev.hookwire.kt.notes.hooks

import dev.hookwire.annotations.Hook
import dev.hookwire.annotations.Order
import dev.hookwire.annotations.Timeout
import dev.hookwire.kt.notes.Note
import dev.hookwire.kt.notes.SavedNotes
import java.util.concurrent.TimeUnit

/**
 * A second after-note-save hook, with Hookwire's annotations written in Kotlin and a dependency in
 * its primary constructor, which the wiring takes from HookDependencies.
 */
@Hook("after-note-save")
@Order(10)
@Timeout(2, unit = TimeUnit.SECONDS)
class IndexNote(private val index: SavedNotes.Index) {
    fun handle(note: Note) {
        index.add(note.id, note.title)
    }
}
