package dev.hookwire.runtime;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a {@link HookStateStore} keeps for the runtimes that share it: the hooks switched off at
 * run time, the live version of each versioned hook and the history, at a revision.
 *
 * @param revision 1 for the first state stored, one more for each after it
 * @param off the hooks switched off at run time, as {@code event/fully.qualified.Hook} keys (the
 *     versions that are not live included)
 * @param liveVersions the live version of each versioned hook, by {@code
 *     event/fully.qualified.FirstVersion}
 * @param history every deploy and rollback, oldest first
 */
public record HookState(
    long revision, Set<String> off, Map<String, String> liveVersions, List<HookChange> history) {
  public HookState {
    off = Set.copyOf(off);
    liveVersions = Map.copyOf(Objects.requireNonNull(liveVersions, "liveVersions"));
    history = List.copyOf(history);
  }
}
