package com.acme.bad.plans

import dev.hookwire.annotations.Patchable
import dev.hookwire.annotations.Protected

@Patchable
data class Plan(@Protected val id: String, val seats: Int)

@Patchable
data class Seat(val name: String) {
    var taken: Boolean = false // error: @Patchable data class com.acme.bad.plans.Seat declares property taken in its body
}

@Patchable // error: @Patchable com.acme.bad.plans.Team is a Kotlin class but not a data class
class Team(val name: String)

@Patchable
data class Step(val name: String, val of: Int) // error: @Patchable data class com.acme.bad.plans.Step has a property named of
