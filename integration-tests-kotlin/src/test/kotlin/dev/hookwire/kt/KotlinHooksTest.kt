package dev.hookwire.kt

import dev.hookwire.auth.User
import dev.hookwire.kt.hooks.BeforeUserCreate
import dev.hookwire.kt.hooks.HookWiring
import dev.hookwire.runtime.HookAbortedException
import dev.hookwire.runtime.HookContext
import dev.hookwire.runtime.HookRejection
import dev.hookwire.runtime.HookRuntime
import java.time.Instant
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertInstanceOf
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNotSame
import org.junit.jupiter.api.Assertions.assertSame
import org.junit.jupiter.api.Assertions.assertThrows
import org.junit.jupiter.api.Test

/** The Kotlin hooks package dev.hookwire.kt.hooks on the auth catalog, through its generated wiring. */
class KotlinHooksTest {
    private val hooks = HookWiring(HookRuntime.builder().build())
    private val ctx = HookContext.builder().service(Welcomes::class.java, Welcomes()).build()

    private fun user(name: String, email: String = "ada@example.com") =
        User("u1", name, email, false, null, Instant.EPOCH, Instant.EPOCH)

    @Test
    fun `the before-hook's patch trims the name into a new user`() {
        val input = user("  Ada Lovelace ")

        val stored = hooks.beforeUserCreate(input, ctx)

        assertNotSame(input, stored)
        assertEquals(user("Ada Lovelace"), stored)
    }

    @Test
    fun `a null patch from the before-hook keeps the very same user`() {
        val input = user("Ada Lovelace")

        assertSame(input, hooks.beforeUserCreate(input, ctx))
    }

    @Test
    fun `a HookRejection thrown in Kotlin aborts the event with its message`() {
        val e = assertThrows(HookAbortedException::class.java) {
            hooks.beforeUserCreate(user("Temp", "temp@mailinator.com"), ctx)
        }

        assertEquals(BeforeUserCreate::class.java, e.hook())
        assertInstanceOf(HookRejection::class.java, e.cause)
    }

    @Test
    fun `the Kotlin host signs up through the wiring - before, after and transform`() {
        val service = SignupService()

        val signedUp = service.signUp("u1", " Grace ", "grace@example.com", mapOf("Team" to "core", "Note" to " "))

        assertEquals("Grace", signedUp.user.name())
        assertEquals(listOf("grace@example.com"), service.welcomes(), "the after-hook ran")
        assertEquals(mapOf("team" to "core"), signedUp.customData, "the transform's Map<String, String>")
    }

    @Test
    fun `package-info java under src main java is compiled, so the jar has the hooks package's annotation`() {
        val packageInfo = KotlinHooksTest::class.java.classLoader.getResource("dev/hookwire/kt/hooks/package-info.class")

        assertNotNull(packageInfo, "package-info.class")
    }

    @Test
    fun `the wiring lists the Kotlin hooks as it lists Java ones`() {
        val wired = hooks.describe().events().flatMap { it.hooks() }.map { it.type() }.sorted()

        assertEquals(
            listOf("AfterUserCreate", "BeforeUserCreate", "TransformCustomUserData").map { "dev.hookwire.kt.hooks.$it" },
            wired,
        )
    }
}
