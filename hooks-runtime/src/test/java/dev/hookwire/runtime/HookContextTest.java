package dev.hookwire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class HookContextTest {

  /** A host service, as an application would register one (a mailer, a DataSource...). */
  interface Mailer {
    void send(String to, String text);
  }

  static final class RecordingMailer implements Mailer {
    @Override
    public void send(String to, String text) {}
  }

  private final Mailer mailer = new RecordingMailer();
  private final Clock clock = Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC);

  private HookContext full() {
    return HookContext.builder()
        .path("/sign-up")
        .metadata("ip", "203.0.113.7")
        .metadata("user-agent", "curl/8")
        .env("APP_URL", "https://acme.example")
        .service(Mailer.class, mailer)
        .service(Clock.class, clock)
        .build();
  }

  @Test
  void builderValuesAreReadBack() {
    HookContext ctx = full();

    assertEquals("/sign-up", ctx.path());
    assertEquals(Optional.of("203.0.113.7"), ctx.metadata("ip"));
    assertEquals(Optional.of("curl/8"), ctx.metadata("user-agent"));
    assertEquals(Map.of("ip", "203.0.113.7", "user-agent", "curl/8"), ctx.metadata());
    assertEquals(Optional.of("https://acme.example"), ctx.env("APP_URL"));
    assertSame(mailer, ctx.service(Mailer.class));
    assertSame(clock, ctx.service(Clock.class));
  }

  @Test
  void metadataKeepsInsertionOrder() {
    HookContext ctx = HookContext.builder()
        .metadata("z", "1")
        .metadata("a", "2")
        .metadata("m", "3")
        .build();

    assertEquals(List.of("z", "a", "m"), List.copyOf(ctx.metadata().keySet()));
  }

  @Test
  void pathDefaultsToEmptyString() {
    assertEquals("", HookContext.builder().build().path());
    assertEquals("", HookContext.empty().path());
  }

  @Test
  void emptyContextHasNothing() {
    HookContext ctx = HookContext.empty();

    assertTrue(ctx.metadata().isEmpty());
    assertEquals(Optional.empty(), ctx.metadata("ip"));
    assertEquals(Optional.empty(), ctx.env("APP_URL"));
    assertEquals(Optional.empty(), ctx.findService(Mailer.class));
  }

  @Test
  void missingMetadataAndEnvAreEmptyOptionals() {
    HookContext ctx = full();

    assertEquals(Optional.empty(), ctx.metadata("request-id"));
    assertEquals(Optional.empty(), ctx.env("SECRET"));
    // metadata and env are separate namespaces
    assertEquals(Optional.empty(), ctx.env("ip"));
    assertEquals(Optional.empty(), ctx.metadata("APP_URL"));
  }

  @Test
  void lastValueForAKeyWins() {
    HookContext ctx = HookContext.builder()
        .path("/a")
        .path("/b")
        .metadata("ip", "1")
        .metadata("ip", "2")
        .env("E", "x")
        .env("E", "y")
        .service(Mailer.class, new RecordingMailer())
        .service(Mailer.class, mailer)
        .build();

    assertEquals("/b", ctx.path());
    assertEquals(Optional.of("2"), ctx.metadata("ip"));
    assertEquals(1, ctx.metadata().size());
    assertEquals(Optional.of("y"), ctx.env("E"));
    assertSame(mailer, ctx.service(Mailer.class));
  }

  @Test
  void serviceForAnUnregisteredTypeThrowsAnExplainingIllegalStateException() {
    HookContext ctx = HookContext.builder().service(Clock.class, clock).build();

    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> ctx.service(Mailer.class));

    String message = e.getMessage();
    assertTrue(message.contains(Mailer.class.getName()), message);
    // the canonical name, so a nested type's suggestion compiles as written
    assertTrue(
        message.contains("HookContext.builder().service(" + Mailer.class.getCanonicalName()
            + ".class, instance)"),
        message);
    // and what is registered, to spot a registration under another type
    assertTrue(message.contains(Clock.class.getName()), message);
  }

  @Test
  void serviceOnTheEmptyContextThrows() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> HookContext.empty().service(Clock.class));
    assertTrue(e.getMessage().contains("java.time.Clock"), e.getMessage());
  }

  @Test
  void findServiceReturnsTheInstanceOrEmpty() {
    HookContext ctx = full();

    assertSame(mailer, ctx.findService(Mailer.class).orElseThrow());
    assertEquals(Optional.empty(), ctx.findService(Runnable.class));
  }

  @Test
  void servicesAreKeyedByTheRegisteredTypeExactly() {
    HookContext ctx = HookContext.builder().service(Mailer.class, mailer).build();

    // registered as Mailer: not found under its implementation class or a supertype
    assertEquals(Optional.empty(), ctx.findService(RecordingMailer.class));
    assertEquals(Optional.empty(), ctx.findService(Object.class));
    assertThrows(IllegalStateException.class, () -> ctx.service(RecordingMailer.class));
  }

  @Test
  void builderRejectsAnInstanceOfTheWrongTypeEvenThroughRawTypes() {
    @SuppressWarnings({"unchecked", "rawtypes"})
    Class<Object> lie = (Class) Clock.class;
    HookContext.Builder builder = HookContext.builder();

    assertThrows(ClassCastException.class, () -> builder.service(lie, "not a clock"));
    assertEquals(Optional.empty(), builder.build().findService(Clock.class));
  }

  @Test
  void metadataMapIsUnmodifiable() {
    HookContext ctx = full();
    Map<String, String> metadata = ctx.metadata();

    assertThrows(UnsupportedOperationException.class, () -> metadata.put("ip", "10.0.0.1"));
    assertThrows(UnsupportedOperationException.class, () -> metadata.remove("ip"));
    assertThrows(UnsupportedOperationException.class, metadata::clear);
    assertEquals(Optional.of("203.0.113.7"), ctx.metadata("ip"));
  }

  @Test
  void reusingTheBuilderAfterBuildDoesNotChangeTheBuiltContext() {
    HookContext.Builder builder = HookContext.builder()
        .path("/sign-up")
        .metadata("ip", "1")
        .env("E", "x")
        .service(Mailer.class, mailer);
    HookContext first = builder.build();

    builder
        .path("/admin/create-user")
        .metadata("ip", "2")
        .metadata("extra", "e")
        .env("E", "y")
        .env("F", "f")
        .service(Mailer.class, new RecordingMailer())
        .service(Clock.class, clock);
    HookContext second = builder.build();

    assertEquals("/sign-up", first.path());
    assertEquals(Map.of("ip", "1"), first.metadata());
    assertEquals(Optional.of("x"), first.env("E"));
    assertEquals(Optional.empty(), first.env("F"));
    assertSame(mailer, first.service(Mailer.class));
    assertEquals(Optional.empty(), first.findService(Clock.class));

    assertEquals("/admin/create-user", second.path());
    assertEquals(Map.of("ip", "2", "extra", "e"), second.metadata());
    assertEquals(Optional.of("y"), second.env("E"));
    assertSame(clock, second.service(Clock.class));
  }

  @Test
  void toBuilderCopiesEverything() {
    HookContext original = full();

    HookContext copy = original.toBuilder().build();

    assertEquals(original.path(), copy.path());
    assertEquals(original.metadata(), copy.metadata());
    assertEquals(original.env("APP_URL"), copy.env("APP_URL"));
    assertSame(mailer, copy.service(Mailer.class));
    assertSame(clock, copy.service(Clock.class));
  }

  @Test
  void toBuilderChangesDoNotAffectTheOriginal() {
    HookContext original = full();

    HookContext sub = original.toBuilder()
        .path("/admin/create-user")
        .metadata("ip", "10.0.0.1")
        .env("APP_URL", "https://other.example")
        .service(Mailer.class, new RecordingMailer())
        .build();

    assertEquals("/admin/create-user", sub.path());
    assertEquals(Optional.of("10.0.0.1"), sub.metadata("ip"));
    assertEquals(Optional.of("curl/8"), sub.metadata("user-agent"));
    assertEquals(Optional.of("https://other.example"), sub.env("APP_URL"));
    assertSame(clock, sub.service(Clock.class));

    assertEquals("/sign-up", original.path());
    assertEquals(Optional.of("203.0.113.7"), original.metadata("ip"));
    assertEquals(Optional.of("https://acme.example"), original.env("APP_URL"));
    assertSame(mailer, original.service(Mailer.class));
  }

  @Test
  void toBuilderOfTheEmptyContextDoesNotChangeIt() {
    HookContext derived =
        HookContext.empty().toBuilder().path("/x").metadata("k", "v").build();

    assertEquals("/x", derived.path());
    assertEquals("", HookContext.empty().path());
    assertTrue(HookContext.empty().metadata().isEmpty());
  }

  @Test
  void builderRejectsNullArguments() {
    HookContext.Builder builder = HookContext.builder();

    assertThrows(NullPointerException.class, () -> builder.path(null));
    assertThrows(NullPointerException.class, () -> builder.metadata(null, "v"));
    assertThrows(NullPointerException.class, () -> builder.metadata("k", null));
    assertThrows(NullPointerException.class, () -> builder.env(null, "v"));
    assertThrows(NullPointerException.class, () -> builder.env("k", null));
    assertThrows(NullPointerException.class, () -> builder.service(null, mailer));
    assertThrows(NullPointerException.class, () -> builder.service(Mailer.class, null));

    // nothing half-registered by the rejected calls
    HookContext ctx = builder.build();
    assertEquals("", ctx.path());
    assertTrue(ctx.metadata().isEmpty());
    assertEquals(Optional.empty(), ctx.env("k"));
    assertEquals(Optional.empty(), ctx.findService(Mailer.class));
  }

  @Test
  void serviceLookupRejectsANullType() {
    HookContext ctx = full();

    assertThrows(NullPointerException.class, () -> ctx.service(null));
    assertThrows(NullPointerException.class, () -> ctx.findService(null));
  }

  @Test
  void toStringDoesNotRevealEnvironmentValues() {
    String text = full().toString();

    assertTrue(text.contains("/sign-up"), text);
    assertTrue(text.contains("APP_URL"), text);
    assertFalse(text.contains("https://acme.example"), text);
  }

  @Test
  void serviceFallsBackToTheServiceFallbackForATypeNotRegistered() {
    Mailer fromContainer = new RecordingMailer();
    List<Class<?>> asked = new java.util.ArrayList<>();
    HookContext ctx = HookContext.builder()
        .service(Clock.class, clock)
        .serviceFallback(type -> {
          asked.add(type);
          return type == Mailer.class ? fromContainer : null;
        })
        .build();

    assertSame(fromContainer, ctx.service(Mailer.class));
    assertSame(clock, ctx.service(Clock.class), "a registered service wins");
    assertEquals(Optional.empty(), ctx.findService(String.class));
    assertEquals(List.of(Mailer.class, String.class), asked);
    IllegalStateException none =
        assertThrows(IllegalStateException.class, () -> ctx.service(Runnable.class));
    assertTrue(
        none.getMessage().endsWith(", and its service fallback has none"), none.getMessage());
    assertSame(
        fromContainer,
        ctx.toBuilder().path("/other").build().service(Mailer.class),
        "toBuilder keeps it");
  }

  @Test
  void aFallbackReturningTheWrongTypeIsRefusedNotReturned() {
    HookContext ctx =
        HookContext.builder().serviceFallback(type -> "not a mailer").build();

    assertThrows(ClassCastException.class, () -> ctx.service(Mailer.class));
  }
}
