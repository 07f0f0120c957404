@dev.hookwire.annotations.HookPackage // error: HookWiring for package com.acme.hooks was not generated: these types never resolved: Usr.
package com.acme.hooks;
