package com.acme.bad.plans

import dev.hookwire.annotations.BeforeEvent
import dev.hookwire.annotations.EventCatalog
import dev.hookwire.runtime.HookContext

@EventCatalog
interface PlanHooks {
    @BeforeEvent
    fun beforePlanChange(plan: Plan, ctx: HookContext): Plan
}
