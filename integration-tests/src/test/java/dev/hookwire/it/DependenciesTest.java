package dev.hookwire.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hookwire.auth.AuthHooks;
import dev.hookwire.auth.User;
import dev.hookwire.it.deps.AfterLogin;
import dev.hookwire.it.deps.AfterUserCreate;
import dev.hookwire.it.deps.BeforeUserCreate;
import dev.hookwire.it.deps.HookWiring;
import dev.hookwire.it.deps.LegacyExport;
import dev.hookwire.it.deps.SendWelcome;
import dev.hookwire.it.support.Json;
import dev.hookwire.it.support.Ledger;
import dev.hookwire.it.support.Mailer;
import dev.hookwire.runtime.HookContext;
import dev.hookwire.runtime.HookDependencies;
import dev.hookwire.runtime.HookRuntime;
import dev.hookwire.runtime.MissingHookDependenciesException;
import dev.hookwire.runtime.MissingHookDependenciesException.Missing;
import dev.hookwire.runtime.WiringDescription;
import dev.hookwire.runtime.WiringDescription.HookInfo;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A real hooks package whose hooks take constructor dependencies ({@code dev.hookwire.it.deps}):
 * the generated wiring's one constructor takes them from a {@link HookDependencies}, looks each up
 * once before any hook is created, and reports every missing one at once.
 */
final class DependenciesTest {
  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
  private final Ledger ledger = new Ledger();
  private final List<String> mails = new ArrayList<>();
  private final Mailer mailer = (to, text) -> mails.add(to + ": " + text);
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

  private static User user() {
    return new User("u1", "Ada", "ada@example.com", false, null, NOW, NOW);
  }

  @Test
  void theWiringHasOneConstructorAndItTakesTheDependencies() {
    Constructor<?>[] constructors = HookWiring.class.getConstructors();
    assertEquals(1, constructors.length);
    assertEquals(
        List.of(HookRuntime.class, HookDependencies.class),
        Arrays.asList(constructors[0].getParameterTypes()));
  }

  @Test
  void hooksCreatedFromAMapRunWithTheirDependencies() {
    AuthHooks hooks = new HookWiring(
        HookRuntime.defaults(),
        HookDependencies.of(
            Map.of(Clock.class, clock, Ledger.class, ledger, Mailer.class, mailer)));
    HookContext ctx = HookContext.builder().build();

    hooks.afterUserCreate(hooks.beforeUserCreate(user(), ctx), ctx);

    assertEquals(
        List.of(
            "created BeforeUserCreate",
            "created AfterUserCreate",
            "attempt ada@example.com at 2026-01-01T00:00:00Z",
            "user u1"),
        ledger.lines());
    assertEquals(List.of("ada@example.com: welcome"), mails);
  }

  @Test
  void hooksCreatedFromALookupFunctionAskEachTypeOnce() {
    Map<Class<?>, Object> beans =
        Map.of(Clock.class, clock, Ledger.class, ledger, Mailer.class, mailer);
    List<Class<?>> asked = new ArrayList<>();
    AuthHooks hooks = new HookWiring(HookRuntime.defaults(), HookDependencies.from(type -> {
      asked.add(type);
      return beans.get(type);
    }));
    HookContext ctx = HookContext.builder().build();
    hooks.afterUserCreate(user(), ctx);
    hooks.afterUserCreate(user(), ctx);

    // Ledger is taken by two hooks and asked once; the @Disabled hook's Executor never; nothing per
    // dispatch.
    assertEquals(List.of(Clock.class, Ledger.class, Mailer.class), asked);
    assertEquals(List.of("ada@example.com: welcome", "ada@example.com: welcome"), mails);
  }

  @Test
  void everyMissingDependencyIsReportedAtOnceAndNoHookIsCreated() {
    MissingHookDependenciesException e = assertThrows(
        MissingHookDependenciesException.class,
        () -> new HookWiring(
            HookRuntime.defaults(), HookDependencies.of(Map.of(Ledger.class, ledger))));

    assertEquals(
        List.of(
            new Missing(BeforeUserCreate.class, Clock.class),
            new Missing(SendWelcome.class, Mailer.class)),
        e.missing());
    assertEquals(
        "HookWiring of dev.hookwire.it.deps cannot create 2 hooks: BeforeUserCreate needs java.time.Clock;"
            + " SendWelcome needs dev.hookwire.it.support.Mailer (HookDependencies has none of them)",
        e.getMessage());
    assertEquals(List.of(), ledger.lines(), "no hook was created");
  }

  @Test
  void aHookSwitchedOffAtStartupOrDisabledNeedsNoDependency() {
    HookRuntime runtime = HookRuntime.builder()
        .disable("after-user-create", SendWelcome.class)
        .disable("before-user-create", BeforeUserCreate.class)
        .build();
    // No Clock, no Mailer, no Executor (LegacyExport is @Disabled): only the Ledger is needed.
    AuthHooks hooks = new HookWiring(runtime, HookDependencies.of(Map.of(Ledger.class, ledger)));
    hooks.afterUserCreate(user(), HookContext.builder().build());
    assertEquals(List.of("created AfterUserCreate", "user u1"), ledger.lines());
  }

  @Test
  void describeAndTheJsonResourceListTheSameDependencies() throws IOException {
    WiringDescription description = new HookWiring(
            HookRuntime.defaults(),
            HookDependencies.of(
                Map.of(Clock.class, clock, Ledger.class, ledger, Mailer.class, mailer)))
        .describe();
    Map<String, List<String>> described = new java.util.LinkedHashMap<>();
    description
        .events()
        .forEach(e -> e.hooks().forEach(h -> described.put(h.type(), h.dependencies())));
    assertEquals(
        List.of(Clock.class.getName(), Ledger.class.getName()),
        described.get(BeforeUserCreate.class.getName()));
    assertEquals(List.of(Ledger.class.getName()), described.get(AfterUserCreate.class.getName()));
    assertEquals(List.of(Mailer.class.getName()), described.get(SendWelcome.class.getName()));
    assertEquals(
        List.of("java.util.concurrent.Executor"), described.get(LegacyExport.class.getName()));
    assertEquals(List.of(), described.get(AfterLogin.class.getName()));
    HookInfo welcome = description.events().stream()
        .flatMap(e -> e.hooks().stream())
        .filter(h -> h.type().equals(SendWelcome.class.getName()))
        .findFirst()
        .orElseThrow();
    assertEquals(List.of(Mailer.class.getName()), welcome.dependencies());

    Map<String, Object> json = new java.util.LinkedHashMap<>();
    try (InputStream in = getClass()
        .getClassLoader()
        .getResourceAsStream("META-INF/hookwire/dev.hookwire.it.deps.json")) {
      assertNotNull(in);
      Map<?, ?> root =
          (Map<?, ?>) Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      for (Object event : (List<?>) root.get("events")) {
        for (Object hook : (List<?>) ((Map<?, ?>) event).get("hooks")) {
          json.put((String) ((Map<?, ?>) hook).get("type"), ((Map<?, ?>) hook).get("dependencies"));
        }
      }
    }
    assertEquals(described, json);
  }
}
