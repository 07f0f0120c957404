@dev.hookwire.annotations.HookPackage(com.acme.bad.plans.PlanHooks.class)
package com.acme.bad.plans.hooks;
