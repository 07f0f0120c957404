package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

public final class AfterUserCreate2 { public void handle(User user) {} } // error: annotate it @Hook("after-user-create")
