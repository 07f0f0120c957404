@HookPackage
package com.acme.hooks;

import dev.hookwire.annotations.HookPackage;
