package dev.hookwire.kt.hooks

/** Lower-cases every key and drops blank values. */
class TransformCustomUserData {
    fun handle(data: Map<String, String>): Map<String, String> =
        data.filterValues { it.isNotBlank() }.mapKeys { it.key.lowercase() }
}
