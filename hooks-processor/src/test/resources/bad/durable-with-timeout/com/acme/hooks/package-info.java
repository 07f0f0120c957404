@dev.hookwire.annotations.HookPackage
package com.acme.hooks;
