package dev.hookwire.auth;

/** A login that succeeded: the user and the session that was created for them. */
public record Login(User user, Session session) {}
