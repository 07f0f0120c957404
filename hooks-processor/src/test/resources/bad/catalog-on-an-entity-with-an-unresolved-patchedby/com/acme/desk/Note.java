package com.acme.desk;

@dev.hookwire.annotations.PatchedBy(Missing.class) // error[javac]: cannot find symbol // error[ecj]: Missing cannot be resolved to a type
public final class Note {}
