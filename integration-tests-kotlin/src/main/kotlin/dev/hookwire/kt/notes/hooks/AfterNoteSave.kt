package dev.hookwire.kt.notes.hooks

import dev.hookwire.kt.notes.Note
import dev.hookwire.kt.notes.SavedNotes
import dev.hookwire.runtime.HookContext

/** Records every saved note in the host's journal. */
class AfterNoteSave {
    fun handle(note: Note, ctx: HookContext) {
        ctx.service(SavedNotes::class.java).record(note)
    }
}
