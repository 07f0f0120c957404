package com.acme.bad.quiet

import dev.hookwire.annotations.Inline
import dev.hookwire.auth.User

/** @Inline changes nothing here (after-user-create has no default time limit); kept on purpose. */
@Inline
@Suppress("hookwire")
class AfterUserCreate {
    fun handle(user: User) {}
}
