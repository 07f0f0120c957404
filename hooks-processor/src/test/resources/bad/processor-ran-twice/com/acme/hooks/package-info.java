@dev.hookwire.annotations.HookPackage // error: Hookwire runs a second time on package com.acme.hooks: com.acme.hooks.HookWiring is already generated (it carries @Generated("dev.hookwire.processor.HookProcessor"))
package com.acme.hooks;
