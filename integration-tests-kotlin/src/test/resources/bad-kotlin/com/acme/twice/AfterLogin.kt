package com.acme.twice

import dev.hookwire.auth.Login

/** A good hook: kapt generates com.acme.twice.HookWiring, which javac then compiles with the processor on. */
class AfterLogin {
    fun handle(login: Login) {}
}
