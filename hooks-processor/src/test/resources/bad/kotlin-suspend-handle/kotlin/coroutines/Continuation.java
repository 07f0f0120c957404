package kotlin.coroutines;

/** A stand-in for Kotlin's Continuation, the trailing parameter of a compiled suspend fun. */
public interface Continuation<T> {}
