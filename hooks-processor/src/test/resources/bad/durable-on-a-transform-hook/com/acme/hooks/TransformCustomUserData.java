package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

@Durable // error: @Durable on hook TransformCustomUserData: only after-hooks can be durable, and transform-custom-user-data is a transform event
public final class TransformCustomUserData { public Map<String, String> handle(Map<String, String> data) { return data; } }
