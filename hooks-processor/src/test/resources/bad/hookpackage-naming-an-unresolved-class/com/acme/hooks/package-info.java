@dev.hookwire.annotations.HookPackage(Missing.class) // error[javac]: cannot find symbol // error[ecj]: Missing cannot be resolved to a type
package com.acme.hooks;
