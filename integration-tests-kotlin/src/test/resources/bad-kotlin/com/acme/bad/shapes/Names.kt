package com.acme.bad.shapes // error: NamesKt is the class Kotlin compiles the top-level functions and properties of a file into

fun normalize(name: String): String = name.trim()
