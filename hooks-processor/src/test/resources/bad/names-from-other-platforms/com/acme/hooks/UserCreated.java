package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

public final class UserCreated { public void handle(User user) {} } // error: Did you mean AfterUserCreate (after-user-create)?
