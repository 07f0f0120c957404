@HookPackage(DeskHooks.class)
package com.acme.desk.hooks;

import com.acme.desk.DeskHooks;
import dev.hookwire.annotations.HookPackage;
