package com.acme.plain;
@dev.hookwire.annotations.Order(3) // error: @Order on com.acme.plain.Audit has no effect: package com.acme.plain is not a hooks package (no @HookPackage on its package-info.java), so com.acme.plain.Audit is never wired. Annotate the package @HookPackage, or move the class to your hooks package.
public final class Audit {}
