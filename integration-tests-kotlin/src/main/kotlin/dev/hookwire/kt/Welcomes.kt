package dev.hookwire.kt

/** The welcome messages queued by the after-user-create hook, in order. */
class Welcomes {
    private val queued = mutableListOf<String>()

    fun queue(email: String) {
        queued += email
    }

    fun queued(): List<String> = queued.toList()
}
