package com.acme.bad.shapes

import dev.hookwire.auth.Login

object AfterLogin { // error: Hook AfterLogin is a Kotlin object
    fun handle(login: Login) {}
}
