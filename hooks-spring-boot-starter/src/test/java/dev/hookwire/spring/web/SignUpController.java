package dev.hookwire.spring.web;

import dev.hookwire.auth.AuthHooks;
import dev.hookwire.auth.User;
import dev.hookwire.runtime.HookAbortedException;
import dev.hookwire.runtime.HookContext;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Sign-up through the injected {@link AuthHooks}: the before-hooks may reject, the after-hooks provision. */
@RestController
class SignUpController {
  private final AuthHooks hooks;
  private final Map<String, User> users = new ConcurrentHashMap<>();

  SignUpController(AuthHooks hooks) {
    this.hooks = hooks;
  }

  @PostMapping("/sign-up")
  ResponseEntity<Map<String, String>> signUp(
      @RequestParam String email, HttpServletRequest request) {
    HookContext ctx = HookContext.builder()
        .path(request.getRequestURI())
        .metadata("ip", request.getRemoteAddr())
        .build();
    Instant now = Instant.now();
    User user;
    try {
      user = hooks.beforeUserCreate(
          new User(UUID.randomUUID().toString(), null, email, false, null, now, now), ctx);
    } catch (HookAbortedException e) {
      return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
          .body(Map.of("error", e.userMessage().orElse("sign-up refused")));
    }
    users.put(user.id(), user);
    hooks.afterUserCreate(user, ctx);
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(Map.of("id", user.id(), "email", user.email()));
  }
}
