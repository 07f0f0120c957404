package dev.hookwire.bench.dispatch;

import dev.hookwire.bench.support.AfterUserHook;
import dev.hookwire.bench.support.BeforeUserHook;
import java.util.ArrayList;
import java.util.List;

/**
 * New instances of the hook classes of one dispatch hooks package ({@code n1}, {@code n3} or
 * {@code n8}), in the order the generated wiring runs them (by class name).
 */
public record HookSet(
    List<BeforeUserHook> before, List<AfterUserHook> after, List<AfterUserHook> admin) {

  /** The hooks of package {@code n<size>}. */
  public static HookSet of(int size) {
    return switch (size) {
      case 1 ->
        new HookSet(
            List.of(new dev.hookwire.bench.hooks.n1.BeforeUserCreate1()),
            List.of(new dev.hookwire.bench.hooks.n1.AfterUserCreate1()),
            List.of(new dev.hookwire.bench.hooks.n1.AfterAdminUserCreate1()));
      case 3 ->
        new HookSet(
            List.of(
                new dev.hookwire.bench.hooks.n3.BeforeUserCreate1(),
                new dev.hookwire.bench.hooks.n3.BeforeUserCreate2(),
                new dev.hookwire.bench.hooks.n3.BeforeUserCreate3()),
            List.of(
                new dev.hookwire.bench.hooks.n3.AfterUserCreate1(),
                new dev.hookwire.bench.hooks.n3.AfterUserCreate2(),
                new dev.hookwire.bench.hooks.n3.AfterUserCreate3()),
            List.of(
                new dev.hookwire.bench.hooks.n3.AfterAdminUserCreate1(),
                new dev.hookwire.bench.hooks.n3.AfterAdminUserCreate2(),
                new dev.hookwire.bench.hooks.n3.AfterAdminUserCreate3()));
      case 8 ->
        new HookSet(
            List.of(
                new dev.hookwire.bench.hooks.n8.BeforeUserCreate1(),
                new dev.hookwire.bench.hooks.n8.BeforeUserCreate2(),
                new dev.hookwire.bench.hooks.n8.BeforeUserCreate3(),
                new dev.hookwire.bench.hooks.n8.BeforeUserCreate4(),
                new dev.hookwire.bench.hooks.n8.BeforeUserCreate5(),
                new dev.hookwire.bench.hooks.n8.BeforeUserCreate6(),
                new dev.hookwire.bench.hooks.n8.BeforeUserCreate7(),
                new dev.hookwire.bench.hooks.n8.BeforeUserCreate8()),
            List.of(
                new dev.hookwire.bench.hooks.n8.AfterUserCreate1(),
                new dev.hookwire.bench.hooks.n8.AfterUserCreate2(),
                new dev.hookwire.bench.hooks.n8.AfterUserCreate3(),
                new dev.hookwire.bench.hooks.n8.AfterUserCreate4(),
                new dev.hookwire.bench.hooks.n8.AfterUserCreate5(),
                new dev.hookwire.bench.hooks.n8.AfterUserCreate6(),
                new dev.hookwire.bench.hooks.n8.AfterUserCreate7(),
                new dev.hookwire.bench.hooks.n8.AfterUserCreate8()),
            List.of(
                new dev.hookwire.bench.hooks.n8.AfterAdminUserCreate1(),
                new dev.hookwire.bench.hooks.n8.AfterAdminUserCreate2(),
                new dev.hookwire.bench.hooks.n8.AfterAdminUserCreate3(),
                new dev.hookwire.bench.hooks.n8.AfterAdminUserCreate4(),
                new dev.hookwire.bench.hooks.n8.AfterAdminUserCreate5(),
                new dev.hookwire.bench.hooks.n8.AfterAdminUserCreate6(),
                new dev.hookwire.bench.hooks.n8.AfterAdminUserCreate7(),
                new dev.hookwire.bench.hooks.n8.AfterAdminUserCreate8()));
      default ->
        throw new IllegalArgumentException(
            "no dispatch hooks package n" + size + "; there are n1, n3, n8");
    };
  }

  /** Every hook: before-, after- then admin-hooks, each in run order (the buses' registration order). */
  public List<Object> all() {
    List<Object> all = new ArrayList<>(before);
    all.addAll(after);
    all.addAll(admin);
    return all;
  }
}
