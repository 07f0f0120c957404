package dev.hookwire.kt.notes

import dev.hookwire.annotations.Patchable
import dev.hookwire.annotations.Protected

/**
 * The entity of the Kotlin catalog: a data class with every property in its primary constructor,
 * so Hookwire generates NotePatch for it. No hook can change the id.
 */
@Patchable
data class Note(@Protected val id: String, val title: String, val body: String, val pinned: Boolean)
