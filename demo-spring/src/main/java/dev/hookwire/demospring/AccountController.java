package dev.hookwire.demospring;

import dev.hookwire.security.HookDeniedException;
import dev.hookwire.security.SecurityHookMapping;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.UserDetailsManager;
import org.springframework.security.web.WebAttributes;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The demo's own endpoints. Sign-up and admin creation call {@code createUser}, nothing more: the
 * starter's proxy of the {@link UserDetailsManager} fires the user events (and, on {@code
 * /admin/create-user}, the admin event); a rejection arrives as a {@link HookDeniedException}.
 */
@RestController
class AccountController {
  private final UserDetailsManager users;
  private final PasswordEncoder passwords;

  AccountController(UserDetailsManager users, PasswordEncoder passwords) {
    this.users = users;
    this.passwords = passwords;
  }

  @PostMapping("/sign-up")
  ResponseEntity<Map<String, String>> signUp(
      @RequestParam String email, @RequestParam String password) {
    return store(email, password);
  }

  /** Behind the role {@code ADMIN}; the new user gets a password nobody knows until reset. */
  @PostMapping("/admin/create-user")
  ResponseEntity<Map<String, String>> createUser(@RequestParam String email) {
    return store(email, java.util.UUID.randomUUID().toString());
  }

  private ResponseEntity<Map<String, String>> store(String email, String password) {
    User.UserBuilder user = User.withUsername(email).password(passwords.encode(password));
    try {
      users.createUser(user.roles("USER").build());
    } catch (HookDeniedException denied) {
      return ResponseEntity.badRequest().body(Map.of("rejected", denied.getMessage()));
    }
    return ResponseEntity.status(201).body(Map.of("status", "created"));
  }

  /** The login page: what a failed login's hook said, as the session holds it. */
  @GetMapping("/login")
  Map<String, String> login(HttpSession session, @RequestParam(required = false) String error) {
    Object failure = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    if (error != null && failure instanceof Exception e) {
      return Map.of("page", "sign in", "error", e.getMessage());
    }
    return Map.of("page", "sign in");
  }

  /** Who is signed in, and the active organization a hook put on the session. */
  @GetMapping("/me")
  Map<String, Object> me(Principal principal, HttpSession session) {
    Map<String, Object> me = new LinkedHashMap<>();
    me.put("user", principal.getName());
    Object organization = session.getAttribute(SecurityHookMapping.ACTIVE_ORGANIZATION);
    me.put("activeOrganization", organization == null ? "none" : organization);
    return me;
  }
}
