package dev.hookwire.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hookwire.runtime.HookContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class AdminCreateUserFilterTest {

  private final AdminCreateUserFilter filter = new AdminCreateUserFilter();
  private final User user = new User("u1", "Ada", "ada@example.com", false, null, null, null);

  private static HookContext at(String path) {
    return HookContext.builder().path(path).build();
  }

  @Test
  void holdsForTheAdminCreateUserPath() {
    assertTrue(filter.test(user, at("/admin/create-user")));
  }

  @Test
  void theConstantIsTheAdminPath() {
    assertEquals("/admin/create-user", AdminCreateUserFilter.PATH);
  }

  @Test
  void holdsWhateverTheRestOfTheContext() {
    HookContext ctx = HookContext.builder()
        .path("/admin/create-user")
        .metadata("ip", "203.0.113.7")
        .env("APP_URL", "https://acme.example")
        .build();

    assertTrue(filter.test(user, ctx));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "/",
        "/sign-up",
        "/admin",
        "/admin/",
        "/admin/create-user/",
        "/admin/create-users",
        "/admin/create-user?x=1",
        "admin/create-user",
        "/ADMIN/create-user",
        "/Admin/Create-User",
        " /admin/create-user",
        "/admin/create-user ",
        "/api/admin/create-user",
        "/admin//create-user",
        "/admin/update-user"
      })
  void doesNotHoldForAnyOtherPath(String path) {
    assertFalse(filter.test(user, at(path)));
  }

  @Test
  void doesNotHoldForTheEmptyContext() {
    assertFalse(filter.test(user, HookContext.empty()));
  }
}
