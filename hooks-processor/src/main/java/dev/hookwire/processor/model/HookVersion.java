package dev.hookwire.processor.model;

/**
 * A hook class's {@code @Version}: which hook it is a version of, and whether the service starts
 * with it.
 *
 * @param of the simple name of the class of the hook's first version (its own for the first)
 * @param id the version's id, unique among the versions of its hook
 * @param live whether the service starts with this version
 */
public record HookVersion(String of, String id, boolean live) {}
