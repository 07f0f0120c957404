@dev.hookwire.annotations.HookPackage
package com.acme.bad.quiet;
