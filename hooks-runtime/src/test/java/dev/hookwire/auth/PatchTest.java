package dev.hookwire.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hookwire.annotations.Protected;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class PatchTest {

  private static final Instant CREATED = Instant.parse("2024-01-01T00:00:00Z");
  private static final Instant UPDATED = Instant.parse("2024-02-01T00:00:00Z");
  private static final Instant EXPIRES = Instant.parse("2024-03-01T00:00:00Z");

  private static User user() {
    return new User("u1", "Ada", "ada@example.com", true, "https://img/ada.png", CREATED, UPDATED);
  }

  private static Session session() {
    return new Session(
        "s1", "u1", "tok", EXPIRES, "203.0.113.7", "curl/8", "org-1", CREATED, UPDATED);
  }

  private static AppContext appContext() {
    return new AppContext(true, "u1", user(), "org-1", "member");
  }

  // ---------------------------------------------------------------- UserPatch

  @Test
  void settingOneComponentChangesOnlyThatComponent() {
    User input = user();

    User result = UserPatch.of().name("x").applyTo(input);

    assertNotSame(input, result);
    assertEquals(
        new User("u1", "x", "ada@example.com", true, "https://img/ada.png", CREATED, UPDATED),
        result);
    assertEquals("u1", result.id());
  }

  @Test
  void theInputIsNotChanged() {
    User input = user();

    UserPatch.of().name("x").email("x@example.com").emailVerified(false).applyTo(input);

    assertEquals(user(), input);
  }

  @Test
  void everySettableComponentIsApplied() {
    Instant created = Instant.parse("2020-01-01T00:00:00Z");
    Instant updated = Instant.parse("2020-01-02T00:00:00Z");

    User result = UserPatch.of()
        .name("Grace")
        .email("grace@example.com")
        .emailVerified(false)
        .image("https://img/grace.png")
        .createdAt(created)
        .updatedAt(updated)
        .applyTo(user());

    assertEquals(
        new User(
            "u1", "Grace", "grace@example.com", false, "https://img/grace.png", created, updated),
        result);
  }

  @Test
  void settingAComponentToNullSetsNull() {
    User result = UserPatch.of().name(null).image(null).applyTo(user());

    assertNull(result.name());
    assertNull(result.image());
    assertEquals("ada@example.com", result.email());
  }

  @Test
  void settingNullIsNotTheSameAsNotSetting() {
    UserPatch patch = UserPatch.of().name(null);

    assertFalse(patch.isEmpty());
    assertNotSame(user(), patch.applyTo(user()));
  }

  @Test
  void aPrimitiveComponentCanBeSetToItsDefaultValue() {
    // false is the default of a boolean field: the patch must still know it was set
    User verified = user();
    assertTrue(verified.emailVerified());

    User result = UserPatch.of().emailVerified(false).applyTo(verified);

    assertFalse(result.emailVerified());
    assertEquals(verified.name(), result.name());
  }

  @Test
  void aPrimitiveComponentCanBeSetToTrue() {
    User unverified = UserPatch.of().emailVerified(false).applyTo(user());

    assertTrue(UserPatch.of().emailVerified(true).applyTo(unverified).emailVerified());
  }

  @Test
  void anUnsetPrimitiveComponentIsKept() {
    // a patch that does not set emailVerified must not reset it to false
    User result = UserPatch.of().name("x").applyTo(user());

    assertTrue(result.emailVerified());
  }

  @Test
  void theLastValueSetWins() {
    assertEquals("b", UserPatch.of().name("a").name("b").applyTo(user()).name());
    assertNull(UserPatch.of().name("a").name(null).applyTo(user()).name());
  }

  @Test
  void anEmptyPatchReturnsTheSameInstance() {
    User input = user();
    Session session = session();
    AppContext context = appContext();

    assertSame(input, UserPatch.of().applyTo(input));
    assertSame(session, SessionPatch.of().applyTo(session));
    assertSame(context, AppContextPatch.of().applyTo(context));
  }

  @Test
  void ofReturnsAFreshPatchEachTime() {
    UserPatch first = UserPatch.of();
    first.name("x");

    assertTrue(UserPatch.of().isEmpty());
  }

  @Test
  void isEmptyUntilAComponentIsSet() {
    assertTrue(UserPatch.of().isEmpty());
    assertFalse(UserPatch.of().name("x").isEmpty());
    assertFalse(UserPatch.of().emailVerified(false).isEmpty());
    assertFalse(UserPatch.of().updatedAt(null).isEmpty());
    assertTrue(SessionPatch.of().isEmpty());
    assertFalse(SessionPatch.of().ipAddress(null).isEmpty());
    assertTrue(AppContextPatch.of().isEmpty());
    assertFalse(AppContextPatch.of().role("admin").isEmpty());
  }

  @Test
  void aPatchCanBeAppliedToSeveralInputs() {
    UserPatch patch = UserPatch.of().name("x");
    User other = new User("u2", "Bob", "bob@example.com", false, null, null, null);

    assertEquals("u1", patch.applyTo(user()).id());
    User merged = patch.applyTo(other);
    assertEquals(new User("u2", "x", "bob@example.com", false, null, null, null), merged);
  }

  @Test
  void toStringListsOnlyTheSetComponents() {
    assertEquals("UserPatch{}", UserPatch.of().toString());
    assertEquals("UserPatch{name=x}", UserPatch.of().name("x").toString());
    assertEquals(
        "UserPatch{name=null, emailVerified=false}",
        UserPatch.of().emailVerified(false).name(null).toString());
    assertEquals(
        "SessionPatch{activeOrganizationId=org-2}",
        SessionPatch.of().activeOrganizationId("org-2").toString());
    assertEquals(
        "AppContextPatch{role=admin}", AppContextPatch.of().role("admin").toString());
  }

  // ---------------------------------------------------------------- SessionPatch, AppContextPatch

  @Test
  void sessionPatchChangesOnlyItsComponentsAndKeepsTheProtectedOnes() {
    Instant expires = Instant.parse("2030-01-01T00:00:00Z");
    Session input = session();

    Session result = SessionPatch.of()
        .expiresAt(expires)
        .ipAddress(null)
        .userAgent("ua")
        .activeOrganizationId("org-2")
        .applyTo(input);

    assertEquals(
        new Session("s1", "u1", "tok", expires, null, "ua", "org-2", CREATED, UPDATED), result);
    assertEquals(session(), input);
  }

  @Test
  void appContextPatchChangesOnlyTheTenantFields() {
    AppContext input = appContext();

    AppContext result = AppContextPatch.of().organizationId("org-2").role(null).applyTo(input);

    assertEquals(new AppContext(true, "u1", user(), "org-2", null), result);
    assertSame(input.user(), result.user());
    assertEquals(appContext(), input);
  }

  @Test
  void applyToNullThrowsNullPointerException() {
    assertThrows(NullPointerException.class, () -> UserPatch.of().applyTo(null));
    assertThrows(NullPointerException.class, () -> UserPatch.of().name("x").applyTo(null));
    assertThrows(NullPointerException.class, () -> SessionPatch.of().applyTo(null));
    assertThrows(
        NullPointerException.class, () -> SessionPatch.of().userAgent("x").applyTo(null));
    assertThrows(NullPointerException.class, () -> AppContextPatch.of().applyTo(null));
    assertThrows(
        NullPointerException.class, () -> AppContextPatch.of().role("x").applyTo(null));
  }

  // ---------------------------------------------------------------- the generated API, by
  // reflection

  /** Public instance methods declared by the patch that take one argument and return the patch. */
  private static Map<String, Class<?>> setters(Class<?> patch) {
    return Arrays.stream(patch.getMethods())
        .filter(m -> m.getDeclaringClass() == patch)
        .filter(m -> !Modifier.isStatic(m.getModifiers()))
        .filter(m -> m.getReturnType() == patch)
        .filter(m -> m.getParameterCount() == 1)
        .collect(Collectors.toMap(
            Method::getName, m -> m.getParameterTypes()[0], (a, b) -> a, TreeMap::new));
  }

  private static Set<String> publicMethodNames(Class<?> type) {
    return Arrays.stream(type.getMethods()).map(Method::getName).collect(Collectors.toSet());
  }

  /** The record's components not annotated @Protected, with their types. */
  private static Map<String, Class<?>> unprotectedComponents(Class<? extends Record> record) {
    return Arrays.stream(record.getRecordComponents())
        .filter(c -> !c.isAnnotationPresent(Protected.class))
        .collect(Collectors.toMap(
            RecordComponent::getName, RecordComponent::getType, (a, b) -> a, TreeMap::new));
  }

  @Test
  void userPatchHasExactlyTheseSetters() {
    Map<String, Class<?>> setters = setters(UserPatch.class);

    assertEquals(
        Set.of("name", "email", "emailVerified", "image", "createdAt", "updatedAt"),
        setters.keySet());
    assertSame(boolean.class, setters.get("emailVerified"));
    assertSame(Instant.class, setters.get("createdAt"));
    assertEquals(unprotectedComponents(User.class), setters);
    assertFalse(publicMethodNames(UserPatch.class).contains("id"));
  }

  @Test
  void sessionPatchHasNoSetterForIdUserIdOrToken() {
    Map<String, Class<?>> setters = setters(SessionPatch.class);

    assertEquals(
        Set.of(
            "expiresAt",
            "ipAddress",
            "userAgent",
            "activeOrganizationId",
            "createdAt",
            "updatedAt"),
        setters.keySet());
    assertEquals(unprotectedComponents(Session.class), setters);
    Set<String> all = publicMethodNames(SessionPatch.class);
    assertFalse(all.contains("id"), () -> "public methods: " + all);
    assertFalse(all.contains("userId"), () -> "public methods: " + all);
    assertFalse(all.contains("token"), () -> "public methods: " + all);
  }

  @Test
  void appContextPatchHasNoSetterForAuthenticatedUserIdOrUser() {
    Map<String, Class<?>> setters = setters(AppContextPatch.class);

    assertEquals(Set.of("organizationId", "role"), setters.keySet());
    assertEquals(unprotectedComponents(AppContext.class), setters);
    Set<String> all = publicMethodNames(AppContextPatch.class);
    assertFalse(all.contains("authenticated"), () -> "public methods: " + all);
    assertFalse(all.contains("userId"), () -> "public methods: " + all);
    assertFalse(all.contains("user"), () -> "public methods: " + all);
  }

  @Test
  void patchesDeclareNoOtherPublicMethods() {
    Set<String> common = Set.of("of", "isEmpty", "applyTo", "toString", "stopChain", "stopsChain");
    for (Class<?> patch : Set.of(UserPatch.class, SessionPatch.class, AppContextPatch.class)) {
      Set<String> declared = Arrays.stream(patch.getMethods())
          .filter(m -> m.getDeclaringClass() == patch)
          .map(Method::getName)
          .collect(Collectors.toSet());
      Set<String> expected = new java.util.TreeSet<>(common);
      expected.addAll(setters(patch).keySet());
      assertEquals(expected, new java.util.TreeSet<>(declared), patch.getName());
    }
  }

  @Test
  void patchesAreFinalAndHaveNoPublicConstructor() {
    for (Class<?> patch : Set.of(UserPatch.class, SessionPatch.class, AppContextPatch.class)) {
      assertTrue(Modifier.isFinal(patch.getModifiers()), patch.getName());
      assertEquals(0, patch.getConstructors().length, patch.getName());
    }
  }

  @Test
  void stopChainIsRememberedAndIsNotAChange() {
    UserPatch patch = UserPatch.of();
    assertFalse(patch.stopsChain());
    assertSame(patch, patch.stopChain());
    assertTrue(patch.stopsChain());
    assertTrue(patch.isEmpty(), "stopping the chain changes no component");
  }
}
