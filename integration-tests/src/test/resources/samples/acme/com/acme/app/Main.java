package com.acme.app;

import com.acme.hooks.HookWiring;
import dev.hookwire.auth.AuthHooks;
import dev.hookwire.auth.User;
import dev.hookwire.runtime.HookAbortedException;
import dev.hookwire.runtime.HookContext;
import dev.hookwire.runtime.HookRuntime;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/** Calls the generated wiring at each lifecycle point and prints what happened. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    Journal journal = new Journal();
    AuthHooks hooks = new HookWiring(HookRuntime.defaults());
    HookContext signUp = HookContext.builder().path("/sign-up").service(Journal.class, journal).build();
    HookContext admin = signUp.toBuilder().path("/admin/create-user").build();
    Instant now = Instant.parse("2025-01-01T00:00:00Z");

    User ada = hooks.beforeUserCreate(new User("u1", "  Ada  ", "ada@example.com", false, null, now, now), signUp);
    hooks.afterUserCreate(ada, signUp);
    hooks.afterUserCreate(ada, admin);
    Map<String, String> claims = hooks.transformCustomUserData(Map.of("sub", "u1"), signUp);
    String rejected;
    try {
      hooks.beforeUserCreate(new User("u2", "T", "t@mailinator.com", false, null, now, now), signUp);
      rejected = "no";
    } catch (HookAbortedException e) {
      rejected = e.userMessage().orElse("?");
    }

    System.out.println("name=" + ada.name());
    System.out.println("ran=" + journal);
    System.out.println("claims=" + new TreeMap<>(claims));
    System.out.println("rejected=" + rejected);
    System.out.println("runtime module=" + HookRuntime.class.getModule().getName());
    System.out.println("app module=" + Main.class.getModule().getName());
  }
}
