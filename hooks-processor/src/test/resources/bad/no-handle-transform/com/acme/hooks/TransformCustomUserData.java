package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

public final class TransformCustomUserData {} // error: Hook class TransformCustomUserData has no handle method. Expected public Map<String, String> handle(Map<String, String> map, HookContext ctx) (the HookContext parameter is optional).
