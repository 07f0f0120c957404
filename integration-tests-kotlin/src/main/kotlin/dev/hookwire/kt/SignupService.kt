package dev.hookwire.kt

import dev.hookwire.auth.AuthHooks
import dev.hookwire.auth.User
import dev.hookwire.kt.hooks.HookWiring
import dev.hookwire.runtime.HookContext
import dev.hookwire.runtime.HookRuntime
import java.time.Instant

/**
 * A Kotlin host of the auth catalog: it signs users up through the generated wiring of the Kotlin
 * hooks package dev.hookwire.kt.hooks.
 */
class SignupService(
    private val welcomes: Welcomes = Welcomes(),
    private val hooks: AuthHooks = HookWiring(HookRuntime.builder().build()),
) {
    /** Runs before-user-create, "stores" the user, then runs after-user-create. */
    fun signUp(id: String, name: String, email: String, customData: Map<String, String> = emptyMap()): SignedUp {
        val now = Instant.EPOCH
        val ctx = HookContext.builder().path("/sign-up").service(Welcomes::class.java, welcomes).build()
        val user = hooks.beforeUserCreate(User(id, name, email, false, null, now, now), ctx)
        hooks.afterUserCreate(user, ctx)
        return SignedUp(user, hooks.transformCustomUserData(customData, ctx))
    }

    fun welcomes(): List<String> = welcomes.queued()

    /** What a sign-up returns: the stored user and its custom data, as the hooks left them. */
    data class SignedUp(val user: User, val customData: Map<String, String>)
}
