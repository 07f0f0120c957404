package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

final class AftеrLogin { public void handle(Login login) {} } // error: Did you mean AfterLogin (after-login)? Character 4 of 'AftеrLogin' is U+0435 CYRILLIC SMALL LETTER IE, not an ASCII character: retype it.
