package com.acme.hooks;

import dev.hookwire.annotations.*;
import dev.hookwire.auth.*;
import dev.hookwire.runtime.*;
import java.util.Map;

public interface AfterLogin { void handle(Login l); } // error: AfterLogin is an interface; a hook must be a class. Every top-level type of a hooks package is a hook; move helper types to another package (sub-packages are not scanned).
