package error;

/** What kapt writes into a stub for a type it cannot resolve, unless correctErrorTypes is on. */
public final class NonExistentClass {}
