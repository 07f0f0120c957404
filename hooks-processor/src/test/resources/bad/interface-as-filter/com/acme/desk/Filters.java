package com.acme.desk;

import dev.hookwire.runtime.EventFilter;
import dev.hookwire.runtime.HookContext;

public final class Filters {
  private Filters() {}

  public static final class LongNote implements EventFilter<String> {
    @Override public boolean test(String note, HookContext ctx) { return note.length() > 100; }
  }

  public abstract static class AbstractNote implements EventFilter<String> {}

  public static final class NoDefault implements EventFilter<String> {
    private final int limit;
    public NoDefault(int limit) { this.limit = limit; }
    @Override public boolean test(String note, HookContext ctx) { return note.length() > limit; }
  }

  public final class Inner implements EventFilter<String> {
    @Override public boolean test(String note, HookContext ctx) { return true; }
  }

  public static final class Generic<T> implements EventFilter<String> {
    @Override public boolean test(String note, HookContext ctx) { return true; }
  }

  public static final class Throwing implements EventFilter<String> {
    public Throwing() throws java.io.IOException {}
    @Override public boolean test(String note, HookContext ctx) { return true; }
  }

  static final class Hidden implements EventFilter<String> {
    @Override public boolean test(String note, HookContext ctx) { return true; }
  }

  public interface Shape extends EventFilter<String> {}
}
