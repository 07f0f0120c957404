package dev.hookwire.securitytests;

import dev.hookwire.security.HookDeniedException;
import dev.hookwire.security.SecurityHookMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.UserDetailsManager;
import org.springframework.security.web.WebAttributes;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Sign-up, admin create-user, the login page and who is signed in: no Hookwire call anywhere. */
@RestController
class AccountController {
  private final UserDetailsManager users;

  AccountController(UserDetailsManager users) {
    this.users = users;
  }

  @PostMapping("/sign-up")
  ResponseEntity<Map<String, String>> signUp(
      @RequestParam String email, @RequestParam String password) {
    return create(email, password, "USER");
  }

  @PostMapping("/admin/create-user")
  ResponseEntity<Map<String, String>> adminCreate(
      @RequestParam String email, @RequestParam String password) {
    return create(email, password, "USER");
  }

  private ResponseEntity<Map<String, String>> create(String email, String password, String role) {
    try {
      users.createUser(
          User.withUsername(email).password("{noop}" + password).roles(role).build());
      return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("created", email));
    } catch (HookDeniedException e) {
      return ResponseEntity.badRequest()
          .body(Map.of("error", "access_denied", "message", e.getMessage()));
    }
  }

  /** The login page: the error of the last failed login, as the session holds it. */
  @GetMapping("/login")
  String login(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object failure =
        session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    return request.getParameter("error") != null && failure instanceof Exception e
        ? "login failed: " + e.getMessage()
        : "please sign in";
  }

  @GetMapping("/me")
  Map<String, Object> me(Authentication authentication, HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object organization =
        session == null ? null : session.getAttribute(SecurityHookMapping.ACTIVE_ORGANIZATION);
    return Map.of(
        "name", authentication.getName(), "organization", organization == null ? "" : organization);
  }
}
