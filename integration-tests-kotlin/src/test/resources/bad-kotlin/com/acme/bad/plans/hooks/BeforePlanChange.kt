package com.acme.bad.plans.hooks

import com.acme.bad.plans.Plan
import com.acme.bad.plans.PlanPatch

/** PlanPatch is generated in this build: without correctErrorTypes, kapt's stub cannot name it. */
class BeforePlanChange {
    fun handle(plan: Plan): PlanPatch? = null // error: BeforePlanChange.handle uses a type that kapt could not resolve
}
