package kotlin;

/** A stand-in for Kotlin's kotlin.Suppress, which kapt keeps on its stubs. */
public @interface Suppress { String[] names(); }
