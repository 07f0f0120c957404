package dev.hookwire.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hookwire.runtime.HookRuntime;
import dev.hookwire.security.testhooks.HookWiring;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

class HookwireAuthenticationManagerTest {
  private final HookRuntime runtime = HookRuntime.builder().build();
  private final AtomicInteger checked = new AtomicInteger();
  private AuthenticationManager manager;

  @BeforeEach
  void setUp() {
    Fired.reset(false);
    DaoAuthenticationProvider provider =
        new DaoAuthenticationProvider(new InMemoryUserDetailsManager(
            User.withUsername("ada").password("{noop}secret").roles("USER").build()));
    AuthenticationManager counting = request -> {
      checked.incrementAndGet();
      return new ProviderManager(provider).authenticate(request);
    };
    manager = new HookwireAuthenticationManager(
        counting, new HookWiring(runtime), SecurityHookMapping.defaults());
  }

  @AfterEach
  void close() {
    runtime.close();
  }

  @Test
  void aLoginOutsideARequestFiresBeforeAndAfterLoginAtOnce() {
    manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("ada", "secret"));

    assertThat(Fired.events()).containsExactly("before-login", "after-login");
  }

  @Test
  void aWrongPasswordFiresBeforeLoginOnly() {
    assertThatThrownBy(() -> manager.authenticate(
            UsernamePasswordAuthenticationToken.unauthenticated("ada", "wrong")))
        .isInstanceOf(BadCredentialsException.class);

    assertThat(Fired.events()).containsExactly("before-login");
  }

  @Test
  void aRejectedLoginNeverChecksTheCredentials() {
    Fired.reset(true);

    assertThatThrownBy(() -> manager.authenticate(
            UsernamePasswordAuthenticationToken.unauthenticated("ada", "secret")))
        .isInstanceOf(HookDeniedException.class)
        .hasMessage("No before-login.");
    assertThat(checked).hasValue(0);
  }

  @Test
  void anAuthenticationThatIsNoLoginFiresNothing() {
    assertThatThrownBy(() -> manager.authenticate(new TestingAuthenticationToken("client", "x")));

    assertThat(Fired.events()).isEmpty();
    assertThat(checked).hasValue(1);
  }
}
