package com.example.accounts;

import dev.hookwire.auth.AuthHooks;
import dev.hookwire.auth.Login;
import dev.hookwire.auth.Session;
import dev.hookwire.auth.User;
import dev.hookwire.runtime.HookAbortedException;
import dev.hookwire.runtime.HookContext;
import dev.hookwire.spring.RequestHookContexts;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sign-up, admin create-user and login, each through the injected {@link AuthHooks} with the
 * request's {@link HookContext} from {@link RequestHookContexts}. The admin endpoint's path makes
 * the auth catalog's virtual event {@code after-admin-user-create} fire.
 */
@RestController
class AccountsController {
  private final AuthHooks hooks;
  private final RequestHookContexts contexts;
  private final JdbcTemplate jdbc;

  AccountsController(AuthHooks hooks, RequestHookContexts contexts, JdbcTemplate jdbc) {
    this.hooks = hooks;
    this.contexts = contexts;
    this.jdbc = jdbc;
  }

  @PostMapping("/sign-up")
  ResponseEntity<Map<String, String>> signUp(@RequestParam String email) {
    return create(email);
  }

  @PostMapping("/admin/create-user")
  ResponseEntity<Map<String, String>> adminCreateUser(@RequestParam String email) {
    return create(email);
  }

  private ResponseEntity<Map<String, String>> create(String email) {
    HookContext ctx = contexts.current();
    Instant now = Instant.now();
    User user;
    try {
      user = hooks.beforeUserCreate(
          new User(UUID.randomUUID().toString(), null, email, false, null, now, now), ctx);
    } catch (HookAbortedException e) {
      return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
          .body(Map.of("error", e.userMessage().orElse("sign-up refused")));
    }
    jdbc.update("insert into users(id, email) values (?, ?)", user.id(), user.email());
    hooks.afterUserCreate(user, ctx);
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", user.id()));
  }

  /** Logs the user in: the principal and the request id are thread-locals of this thread. */
  @PostMapping("/login")
  Map<String, String> login(
      @RequestParam String email, @RequestHeader("X-Request-Id") String requestId) {
    User user = jdbc.queryForObject(
        "select id, email from users where email = ?",
        (row, n) -> new User(
            row.getString("id"),
            null,
            row.getString("email"),
            true,
            null,
            Instant.EPOCH,
            Instant.EPOCH),
        email);
    Instant now = Instant.now();
    Session session = new Session(
        UUID.randomUUID().toString(),
        user.id(),
        "token",
        now.plus(Duration.ofDays(7)),
        null,
        null,
        null,
        now,
        now);
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(email, null, List.of()));
    MDC.put("requestId", requestId);
    try {
      hooks.afterLogin(new Login(user, session), contexts.current());
    } finally {
      MDC.remove("requestId");
      SecurityContextHolder.clearContext();
    }
    return Map.of("session", session.id(), "thread", Thread.currentThread().getName());
  }
}
