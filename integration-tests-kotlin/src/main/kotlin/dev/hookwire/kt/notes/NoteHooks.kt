package dev.hookwire.kt.notes

import dev.hookwire.annotations.AfterEvent
import dev.hookwire.annotations.BeforeEvent
import dev.hookwire.annotations.EventCatalog
import dev.hookwire.runtime.HookContext

/** A catalog written in Kotlin: its host saves notes. */
@EventCatalog
interface NoteHooks {
    @BeforeEvent
    fun beforeNoteSave(note: Note, ctx: HookContext): Note

    @AfterEvent
    fun afterNoteSave(note: Note, ctx: HookContext)
}
