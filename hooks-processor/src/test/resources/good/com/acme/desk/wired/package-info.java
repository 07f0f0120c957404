@HookPackage(DeskHooks.class)
package com.acme.desk.wired;

import com.acme.desk.DeskHooks;
import dev.hookwire.annotations.HookPackage;
