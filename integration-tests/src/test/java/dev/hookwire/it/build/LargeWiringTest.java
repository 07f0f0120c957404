package dev.hookwire.it.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hookwire.auth.AdminCreateUserFilter;
import dev.hookwire.auth.AuthHooks;
import dev.hookwire.auth.User;
import dev.hookwire.it.support.Compilers;
import dev.hookwire.it.support.Jars;
import dev.hookwire.it.support.Processes;
import dev.hookwire.runtime.HookContext;
import dev.hookwire.runtime.HookRuntime;
import dev.hookwire.runtime.RecordingListener;
import dev.hookwire.runtime.RecordingListener.Entry;
import dev.hookwire.runtime.RecordingListener.Outcome;
import dev.hookwire.runtime.WiringDescription;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hooks package far larger than any method may hold: 1,200 after-user-create hooks, 40 on its
 * virtual event, 300 before-user-create hooks (the most a before-event may have) and 40
 * transforms, 1,580 in all. The wiring must compile (no "code too large"), keep every dispatching
 * method small enough for the JIT (under HotSpot's 8,000-byte limit), and run every hook in order
 * with the same contract as a small wiring: skips, {@code @Disabled}, switch-off at startup, chain
 * stop, the virtual event's filter, {@code describe()}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LargeWiringTest {
  private static final int AFTER = 1200;
  private static final int VIRTUAL = 40;
  private static final int BEFORE = 300;
  private static final int TRANSFORM = 40;
  /** The before-hook that stops the chain for a user whose e-mail starts with "stop". */
  private static final int STOPPER = 150;
  /** HotSpot's HugeMethodLimit: a larger method is never JIT-compiled. */
  private static final int HUGE_METHOD = 8000;

  private Path work;
  private Path generated;
  private URLClassLoader loader;

  @BeforeAll
  void compile(@TempDir Path dir) throws IOException {
    work = dir;
    Path src = work.resolve("src/big/hooks");
    Files.createDirectories(src);
    Files.writeString(
        src.resolve("package-info.java"),
        "@dev.hookwire.annotations.HookPackage\npackage big.hooks;\n");
    for (int i = 1; i <= AFTER; i++) {
      String disabled =
          i % 100 == 0 ? "@dev.hookwire.annotations.Disabled(\"every hundredth\")\n" : "";
      write(src, after(i), disabled + """
          @dev.hookwire.annotations.Hook("after-user-create")
          public final class %s {
            public void handle(dev.hookwire.auth.User user) {}
          }
          """.formatted(after(i)));
    }
    for (int i = 1; i <= VIRTUAL; i++) {
      write(src, virtual(i), """
          @dev.hookwire.annotations.Hook("after-admin-user-create")
          public final class %s {
            public void handle(dev.hookwire.auth.User user, dev.hookwire.runtime.HookContext ctx) {}
          }
          """.formatted(virtual(i)));
    }
    for (int i = 1; i <= BEFORE; i++) {
      String stop = i == STOPPER ? "user.email().startsWith(\"stop\") ? patch.stopChain() : " : "";
      write(src, before(i), """
          @dev.hookwire.annotations.Hook("before-user-create")
          public final class %s {
            public dev.hookwire.auth.UserPatch handle(dev.hookwire.auth.User user) {
              dev.hookwire.auth.UserPatch patch = dev.hookwire.auth.UserPatch.of().name(user.name() + ",%d");
              return %spatch;
            }
          }
          """.formatted(before(i), i, stop));
    }
    for (int i = 1; i <= TRANSFORM; i++) {
      write(src, transform(i), """
          @dev.hookwire.annotations.Hook("transform-custom-user-data")
          public final class %s {
            public java.util.Map<String, String> handle(java.util.Map<String, String> data) {
              java.util.Map<String, String> out = new java.util.HashMap<>(data);
              out.merge("ran", "%s", (a, b) -> a + "," + b);
              return out;
            }
          }
          """.formatted(transform(i), transform(i)));
    }
    Path classes = work.resolve("classes");
    generated = work.resolve("generated");
    Files.createDirectories(classes);
    Files.createDirectories(generated);
    Compilers.javac(
            List.of(
                "--release",
                "17",
                "-Xlint:all",
                "-Werror",
                "-cp",
                Jars.libraryPath(),
                "-processorpath",
                Jars.processorPath(),
                "-d",
                classes.toString(),
                "-s",
                generated.toString()),
            Compilers.sourcesIn(work.resolve("src")))
        .assertSucceeded();
    loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
  }

  @Test
  void theHooksLiveInHolderClassesAndRunInPartsThatTheJitCompiles() throws Exception {
    String wiring = Files.readString(generated.resolve("big/hooks/HookWiring.java"));
    assertTrue(wiring.contains("private static final class Hooks2 {"), "1,580 hooks: two holders");
    assertTrue(
        wiring.contains(
            "private void afterUserCreatePart38(Live live, User user, HookContext ctx) {"),
        "1,200 hooks in parts of 32");
    assertTrue(wiring.contains("private void afterAdminUserCreateSkipped2(Live live, User user,"));
    assertTrue(
        wiring.contains("events.add(dispatch.describe(\"after-user-create\","),
        "one statement per event");

    Map<String, Integer> sizes = methodSizes(work.resolve("classes/big/hooks/HookWiring.class"));
    Map<String, Integer> dispatching = sizes.entrySet().stream()
        .filter(
            e -> e.getKey()
                .matches(
                    "(afterUserCreate|afterAdminUserCreate|beforeUserCreate|transformCustomUserData).*"))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    assertTrue(dispatching.size() > 40, () -> "the dispatching methods: " + dispatching.keySet());
    dispatching.forEach((method, bytes) -> assertTrue(
        bytes < HUGE_METHOD || method.equals("beforeUserCreate"),
        () -> method + " has " + bytes + " bytes of code"));
  }

  @Test
  void everyAfterHookRunsInOrderAndTheVirtualEventIsFiltered() throws Exception {
    RecordingListener recorder = new RecordingListener();
    AuthHooks hooks = wiring(HookRuntime.builder()
        .listener(recorder)
        .disable("after-user-create", hook(after(7)))
        .build());

    hooks.afterUserCreate(
        user("ada@example.com"), HookContext.builder().path("/sign-up").build());
    List<String> expected = IntStream.rangeClosed(1, AFTER)
        .filter(i -> i % 100 != 0 && i != 7)
        .mapToObj(LargeWiringTest::after)
        .toList();
    assertEquals(expected, names(recorder.ran()));
    Map<String, String> skipped = skipped(recorder);
    assertEquals("@Disabled: every hundredth", skipped.get(after(300)));
    assertEquals("disabled at startup", skipped.get(after(7)));
    assertEquals("filter AdminCreateUserFilter does not hold", skipped.get(virtual(VIRTUAL)));
    assertEquals(AFTER / 100 + 1 + VIRTUAL, skipped.size());

    recorder.clear();
    hooks.afterUserCreate(
        user("ada@example.com"),
        HookContext.builder().path(AdminCreateUserFilter.PATH).build());
    List<String> withVirtual = new ArrayList<>(expected);
    IntStream.rangeClosed(1, VIRTUAL).mapToObj(LargeWiringTest::virtual).forEach(withVirtual::add);
    assertEquals(withVirtual, names(recorder.ran()));
  }

  @Test
  void everyBeforeHookMergesInOrderAndAChainStopSkipsTheRest() throws Exception {
    RecordingListener recorder = new RecordingListener();
    AuthHooks hooks = wiring(HookRuntime.builder().listener(recorder).build());

    User merged = hooks.beforeUserCreate(user("ada@example.com"), HookContext.empty());
    assertEquals("Ada" + numbers(BEFORE), merged.name());

    recorder.clear();
    User stopped = hooks.beforeUserCreate(user("stop@example.com"), HookContext.empty());
    assertEquals("Ada" + numbers(STOPPER), stopped.name());
    Map<String, String> skipped = skipped(recorder);
    assertEquals(BEFORE - STOPPER, skipped.size());
    assertEquals("chain stopped by " + before(STOPPER), skipped.get(before(STOPPER + 1)));
    assertEquals("chain stopped by " + before(STOPPER), skipped.get(before(BEFORE)));
  }

  @Test
  void everyTransformRunsInOrderInItsParts() throws Exception {
    AuthHooks hooks = wiring(HookRuntime.defaults());
    Map<String, String> out = hooks.transformCustomUserData(Map.of(), HookContext.empty());
    assertEquals(
        IntStream.rangeClosed(1, TRANSFORM)
            .mapToObj(LargeWiringTest::transform)
            .collect(Collectors.joining(",")),
        out.get("ran"));
  }

  @Test
  void describeListsEveryHook() throws Exception {
    AuthHooks wiring = wiring(HookRuntime.defaults());
    // describe() is the wiring's own method, not the catalog's.
    WiringDescription description =
        (WiringDescription) wiring.getClass().getMethod("describe").invoke(wiring);
    Map<String, Integer> counts = description.events().stream()
        .collect(Collectors.toMap(
            WiringDescription.EventInfo::name,
            e -> e.hooks().size(),
            (a, b) -> a,
            LinkedHashMap::new));
    assertEquals(AFTER, counts.get("after-user-create"));
    assertEquals(VIRTUAL, counts.get("after-admin-user-create"));
    assertEquals(BEFORE, counts.get("before-user-create"));
    assertEquals(TRANSFORM, counts.get("transform-custom-user-data"));
    assertEquals(
        "big.hooks." + after(AFTER),
        description.events().stream()
            .filter(e -> e.name().equals("after-user-create"))
            .findFirst()
            .orElseThrow()
            .hooks()
            .get(AFTER - 1)
            .type());
  }

  private AuthHooks wiring(HookRuntime runtime) throws ReflectiveOperationException {
    return (AuthHooks) loader
        .loadClass("big.hooks.HookWiring")
        .getConstructor(HookRuntime.class)
        .newInstance(runtime);
  }

  private Class<?> hook(String simpleName) throws ClassNotFoundException {
    return loader.loadClass("big.hooks." + simpleName);
  }

  private static User user(String email) {
    Instant now = Instant.parse("2026-11-21T00:00:00Z");
    return new User("u1", "Ada", email, false, null, now, now);
  }

  private static Map<String, String> skipped(RecordingListener recorder) {
    Map<String, String> skipped = new LinkedHashMap<>();
    for (Entry entry : recorder.entries(Outcome.SKIPPED)) {
      skipped.put(entry.hook().getSimpleName(), entry.reason());
    }
    return skipped;
  }

  private static List<String> names(List<Class<?>> hooks) {
    return hooks.stream().map(Class::getSimpleName).toList();
  }

  private static String numbers(int upTo) {
    return IntStream.rangeClosed(1, upTo).mapToObj(i -> "," + i).collect(Collectors.joining());
  }

  private static String after(int i) {
    return String.format("A%04d", i);
  }

  private static String virtual(int i) {
    return String.format("V%02d", i);
  }

  private static String before(int i) {
    return String.format("B%03d", i);
  }

  private static String transform(int i) {
    return String.format("T%02d", i);
  }

  private static void write(Path dir, String name, String body) throws IOException {
    Files.writeString(dir.resolve(name + ".java"), "package big.hooks;\n\n" + body);
  }

  /** Each method's bytecode length, from javap: the offset of its last instruction plus one at least. */
  private static Map<String, Integer> methodSizes(Path classFile) throws Exception {
    List<String> command =
        List.of(Jars.jdkTool("javap").toString(), "-c", "-p", classFile.toString());
    String output = Processes.run(command, classFile.getParent(), Map.of(), Duration.ofSeconds(60))
        .assertSucceeded(command)
        .output();
    Map<String, Integer> sizes = new LinkedHashMap<>();
    Pattern method = Pattern.compile("^  \\S.*? (\\w+)\\(.*\\);$");
    Pattern instruction = Pattern.compile("^\\s+(\\d+): ");
    String current = null;
    for (String line : output.lines().toList()) {
      Matcher m = method.matcher(line);
      if (m.matches()) {
        current = m.group(1);
        continue;
      }
      Matcher i = instruction.matcher(line);
      if (current != null && i.find()) {
        sizes.merge(current, Integer.parseInt(i.group(1)) + 1, Math::max);
      }
    }
    return sizes;
  }
}
