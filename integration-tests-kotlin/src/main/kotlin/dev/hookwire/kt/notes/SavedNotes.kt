package dev.hookwire.kt.notes

/** The notes the after-note-save hook saw, in order. */
class SavedNotes {
    private val saved = mutableListOf<Note>()

    fun record(note: Note) {
        saved += note
    }

    fun all(): List<Note> = saved.toList()
}
