package com.acme.bad.plainhooks

import dev.hookwire.auth.Session

class AfterSessionCreate { // warning: Class AfterSessionCreate is named after the event 'after-session-create' and has a handle method, but package com.acme.bad.plainhooks is not a hooks package
    fun handle(session: Session) {}
}
