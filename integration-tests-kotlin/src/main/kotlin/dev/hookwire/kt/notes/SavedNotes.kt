package dev.hookwire.kt.notes

/** The notes the after-note-save hook saw, in order. */
class SavedNotes {
    private val saved = mutableListOf<Note>()

    fun record(note: Note) {
        saved += note
    }

    fun all(): List<Note> = saved.toList()

    /** A search index of titles, which the IndexNote hook gets through its constructor. */
    class Index {
        private val titles = linkedMapOf<String, String>()

        fun add(id: String, title: String) {
            titles[id] = title
        }

        fun titles(): Map<String, String> = titles.toMap()
    }
}
