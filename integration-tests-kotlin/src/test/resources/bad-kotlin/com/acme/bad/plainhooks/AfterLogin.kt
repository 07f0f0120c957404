package com.acme.bad.plainhooks

import dev.hookwire.auth.Login

/** Not in a hooks package, and says so: Kotlin's @Suppress("hookwire") silences the warning. */
@Suppress("hookwire")
class AfterLogin {
    fun handle(login: Login) {}
}
