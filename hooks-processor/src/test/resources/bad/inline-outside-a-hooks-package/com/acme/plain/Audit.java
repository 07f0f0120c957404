package com.acme.plain;

@dev.hookwire.annotations.Inline // error: @Inline on com.acme.plain.Audit has no effect: package com.acme.plain is not a hooks package
public final class Audit {}
