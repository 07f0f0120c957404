package dev.hookwire.kt.notes.hooks

import dev.hookwire.kt.notes.Note
import dev.hookwire.kt.notes.NotePatch

/** Gives an untitled note the first line of its body as its title; null when there is nothing to do. */
class BeforeNoteSave {
    fun handle(note: Note): NotePatch? =
        if (note.title.isNotBlank()) null else NotePatch.of().title(note.body.lineSequence().first().take(40))
}
