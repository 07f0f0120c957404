package dev.hookwire.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hookwire.it.support.Jars;
import dev.hookwire.it.support.Processes;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The README's first command runs {@link DemoApp} in its own JVM ({@code -Pdemo}): this runs it the
 * same way and checks that it starts, goes through the scripted session, shows the hooks of each
 * request, and exits by itself with status 0.
 */
class DemoAppTest {
  @Test
  void theScriptedSessionRunsEveryHookAndTheJvmExitsCleanly() throws Exception {
    List<String> command =
        List.of(
            Jars.jdkTool("java").toString(),
            "-cp",
            Jars.path(Jars.locationOf(DemoApp.class.getName()), Jars.runtime(), Jars.annotations(), Jars.h2()),
            DemoApp.class.getName());

    Processes.Result run = Processes.run(command, Path.of("."), Map.of(), Duration.ofSeconds(90));

    String out = run.assertSucceeded(command).output();
    assertTrue(out.startsWith("Hookwire demo: an auth service on http://127.0.0.1:"), out);
    List<String> expected =
        List.of(
            "1. POST /sign-up {\"email\":\"ada@example.com\",\"name\":\"  Ada Lovelace  \",\"password\":\"***\"}",
            "hooks: before-user-create BeforeUserCreate: trimmed the name to \"Ada Lovelace\"",
            "after-user-create AfterUserCreate: provisioned workspace org_usr_",
            "-> 400 {\"error\":\"Disposable email addresses are not allowed.\"}",
            "hooks: before-user-create BeforeUserCreate: rejected: Disposable email addresses are not allowed.",
            "3. POST /admin/create-user (admin token)",
            "after-admin-user-create AfterAdminUserCreate: queued welcome-email to grace@example.com",
            "4. POST /sign-in",
            "after-session-create AfterSessionCreate: active organization org_usr_",
            "after-login AfterLogin: backfill done in ",
            "5. GET /me (session token)",
            "\"role\":\"owner\",\"org_name\":\"Ada Lovelace's workspace\",\"plan\":\"pro\"",
            "hooks: resolve-oauth-context ResolveOauthContext: organization org_usr_",
            "transform-custom-user-data TransformCustomUserData: added org_name, plan",
            "Rows now: {user=2, session=1, organization=2, member=2, outbox=1}",
            "Demo finished; the server is stopped.");
    int from = 0;
    for (String line : expected) {
      int at = out.indexOf(line, from);
      assertTrue(at >= 0, () -> "Missing, or out of order: " + line + "\n" + out);
      from = at + line.length();
    }
    assertEquals(-1, out.indexOf("FAILED"), out);
    assertEquals(-1, out.indexOf("Exception"), out);
  }
}
