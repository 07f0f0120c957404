@dev.hookwire.annotations.HookPackage
package com.acme.bad.shapes;
