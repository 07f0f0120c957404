package com.acme.plain;
@dev.hookwire.annotations.Durable // error: @Durable on com.acme.plain.Audit has no effect: package com.acme.plain is not a hooks package
public final class Audit {}
