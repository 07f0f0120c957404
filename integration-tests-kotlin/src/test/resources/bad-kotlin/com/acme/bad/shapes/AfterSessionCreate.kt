package com.acme.bad.shapes

import dev.hookwire.auth.Session

class AfterSessionCreate {
    suspend fun handle(session: Session) {} // error: AfterSessionCreate.handle is a suspend fun: hooks are blocking
}
