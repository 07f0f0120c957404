package dev.hookwire.auth;

/**
 * A login about to be checked. A before-login hook cannot change it; it denies the login by
 * throwing {@link dev.hookwire.runtime.HookRejection}.
 *
 * @param email the identifier the user typed
 * @param provider how they sign in: {@code "password"}, {@code "github"}...
 * @param ipAddress the client's address, may be null
 * @param userAgent the client's user agent, may be null
 */
public record LoginAttempt(String email, String provider, String ipAddress, String userAgent) {}
