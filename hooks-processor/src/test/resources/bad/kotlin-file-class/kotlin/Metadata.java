package kotlin;

/** A stand-in for Kotlin's kotlin.Metadata, which kapt's stubs carry: k = 1 a class, 2 a file class. */
@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
public @interface Metadata { int k() default 1; }
