package dev.hookwire.kt.hooks

import dev.hookwire.auth.User
import dev.hookwire.auth.UserPatch
import dev.hookwire.runtime.HookContext
import dev.hookwire.runtime.HookRejection

/** Trims the name; returns no patch (null) when there is nothing to change. */
class BeforeUserCreate {
    fun handle(user: User, ctx: HookContext): UserPatch? {
        if (user.email().endsWith("@mailinator.com")) {
            throw HookRejection("disposable email addresses are not accepted")
        }
        val trimmed = user.name().trim()
        return if (trimmed == user.name()) null else UserPatch.of().name(trimmed)
    }
}
