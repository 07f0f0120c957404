package dev.hookwire.demospring;

import dev.hookwire.security.HookDeniedException;
import dev.hookwire.security.SecurityHookMapping;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.UserDetailsManager;
import org.springframework.security.web.WebAttributes;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

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
    return failure(session, error)
        .map(message -> Map.of("page", "sign in", "error", message))
        .orElse(Map.of("page", "sign in"));
  }

  /** The same page for a browser: the form Spring Security's form login reads. */
  @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE)
  String loginForm(HttpSession session, @RequestParam(required = false) String error) {
    String failed = failure(session, error)
        .map(message -> "<p id=\"error\" role=\"alert\">" + HtmlUtils.htmlEscape(message) + "</p>")
        .orElse("");
    return """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Sign in</title>
        <style>body{font:16px system-ui,sans-serif;max-width:22rem;margin:3rem auto;padding:0 1rem}
        input,button{font:inherit;width:100%%;padding:.4rem;box-sizing:border-box}
        #error{color:#a4161a}</style></head>
        <body><main><h1>Sign in</h1>%s
        <form method="post" action="login">
        <p><label for="username">Email</label><br>
        <input id="username" name="username" type="email" autocomplete="username" required></p>
        <p><label for="password">Password</label><br>
        <input id="password" name="password" type="password" autocomplete="current-password" required></p>
        <p><button id="sign-in" type="submit">Sign in</button></p>
        </form></main></body></html>
        """.formatted(failed);
  }

  private static Optional<String> failure(HttpSession session, String error) {
    Object failure = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    if (error != null && failure instanceof Exception e) {
      return Optional.ofNullable(e.getMessage());
    }
    return Optional.empty();
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
