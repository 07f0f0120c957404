package com.acme.desk.hooks;

import dev.hookwire.annotations.*;
import java.util.Map;

@Durable // error: @Durable on hook AfterNoteSave: the entity of after-note-save is Map<String, String>, a type with type arguments
public final class AfterNoteSave { public void handle(Map<String, String> note) {} }
