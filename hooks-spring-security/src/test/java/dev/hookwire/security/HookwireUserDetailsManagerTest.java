package dev.hookwire.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hookwire.runtime.HookRuntime;
import dev.hookwire.security.testhooks.HookWiring;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.provisioning.UserDetailsManager;

class HookwireUserDetailsManagerTest {
  private final HookRuntime runtime = HookRuntime.builder().build();
  private final InMemoryUserDetailsManager stored = new InMemoryUserDetailsManager();
  private final HookwireUserDetailsManager users = new HookwireUserDetailsManager(
      stored, new HookWiring(runtime), SecurityHookMapping.defaults());

  @BeforeEach
  void reset() {
    Fired.reset(false);
  }

  @AfterEach
  void close() {
    runtime.close();
  }

  private static User.UserBuilder ada() {
    return User.withUsername("ada@acme.example").password("{noop}pw").roles("USER");
  }

  @Test
  void createUserFiresBeforeThenAfterOnceAndStores() {
    users.createUser(ada().build());

    assertThat(Fired.events()).containsExactly("before-user-create", "after-user-create");
    assertThat(stored.userExists("ada@acme.example")).isTrue();
  }

  @Test
  void createUserAsAdminFiresTheVirtualAdminEventOutsideAnyRequest() {
    users.createUserAsAdmin(ada().build());

    assertThat(Fired.events())
        .containsExactly("before-user-create", "after-user-create", "after-admin-user-create");
  }

  @Test
  void aRejectionStoresNothingAndCarriesTheHooksMessage() {
    Fired.reset(true);

    assertThatThrownBy(() -> users.createUser(ada().build()))
        .isInstanceOfSatisfying(HookDeniedException.class, e -> {
          assertThat(e.isRejection()).isTrue();
          assertThat(e.getMessage()).isEqualTo("No before-user-create.");
        });
    assertThat(Fired.events()).containsExactly("before-user-create");
    assertThat(stored.userExists("ada@acme.example")).isFalse();
  }

  @Test
  void theDefaultMappingStoresThePatchedEmailAsTheUsername() {
    SecurityHookMapping mapping = SecurityHookMapping.defaults();
    User.UserBuilder requested = ada();
    dev.hookwire.auth.User merged = mapping.user(requested.build());
    dev.hookwire.auth.User patched = new dev.hookwire.auth.User(
        merged.id(),
        merged.name(),
        "ada@acme.org",
        false,
        null,
        merged.createdAt(),
        merged.updatedAt());

    assertThat(mapping.stored(patched, requested.build()).getUsername()).isEqualTo("ada@acme.org");
    assertThat(
            mapping.created(patched, mapping.stored(patched, requested.build())).id())
        .isEqualTo("ada@acme.org");
  }

  @Test
  void theProxyKeepsTheManagersClassAndHooksItsCreateUser() {
    UserDetailsManager proxy = UserDetailsManagerProxies.hooked(
        stored, new HookWiring(runtime), SecurityHookMapping.defaults());

    assertThat(proxy).isInstanceOf(InMemoryUserDetailsManager.class);
    proxy.createUser(ada().build());
    ((HookedUserDetailsManager) proxy)
        .createUserAsAdmin(
            User.withUsername("bob@acme.example").password("{noop}pw").build());

    assertThat(Fired.events())
        .containsExactly(
            "before-user-create",
            "after-user-create",
            "before-user-create",
            "after-user-create",
            "after-admin-user-create");
    assertThat(proxy.loadUserByUsername("bob@acme.example").getUsername())
        .isEqualTo("bob@acme.example");
    ((HookedUserDetailsManager) proxy)
        .unhooked()
        .createUser(User.withUsername("eve@acme.example").password("{noop}pw").build());
    assertThat(Fired.events()).hasSize(5); // unhooked: no event
    assertThat(stored.userExists("eve@acme.example")).isTrue();
    assertThat(UserDetailsManagerProxies.hooked(
            proxy, new HookWiring(runtime), SecurityHookMapping.defaults()))
        .isSameAs(proxy);
  }
}
