package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

@Async // error: @Async on hook TransformCustomUserData: only after-hooks can be async, and transform-custom-user-data is a transform event
public final class TransformCustomUserData { public Map<String, String> handle(Map<String, String> d) { return d; } }
