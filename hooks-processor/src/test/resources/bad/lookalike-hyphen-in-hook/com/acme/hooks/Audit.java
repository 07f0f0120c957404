package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

@Hook("after‑login") // error: Did you mean 'after-login'? Character 6 of 'after‑login' is U+2011 NON-BREAKING HYPHEN, not an ASCII character: retype it.
public final class Audit { public void handle(Login login) {} }
