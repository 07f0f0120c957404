package com.acme.bad.quiet

import dev.hookwire.annotations.Inline
import dev.hookwire.auth.Session

@Inline // warning: @Inline on hook AfterSessionCreate has no effect
class AfterSessionCreate {
    fun handle(session: Session) {}
}
