/** Kotlin hooks on the Kotlin catalog {@link dev.hookwire.kt.notes.NoteHooks}. */
@HookPackage(NoteHooks.class)
package dev.hookwire.kt.notes.hooks;

import dev.hookwire.annotations.HookPackage;
import dev.hookwire.kt.notes.NoteHooks;
