package dev.hookwire.kt.hooks

import dev.hookwire.auth.User
import dev.hookwire.kt.Welcomes
import dev.hookwire.runtime.HookContext

/** Queues a welcome for every new user, through a service the host puts in the context. */
class AfterUserCreate {
    fun handle(user: User, ctx: HookContext) {
        ctx.service(Welcomes::class.java).queue(user.email())
    }
}
