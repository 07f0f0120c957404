package dev.hookwire.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hookwire.it.support.Jars;
import dev.hookwire.it.support.Processes;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's first command runs {@link DemoApp} in its own JVM ({@code -Pdemo}), and {@code
 * -Pserve} runs it with {@code --serve}: this runs it the same ways, on the demo's run-time class
 * path. The scripted session starts, shows the hooks of each request and exits by itself with
 * status 0; the server answers over HTTP until it is stopped.
 */
class DemoAppTest {
  /** The demo's run-time class path: its classes, the runtime, H2 and Jackson. */
  private static List<String> java(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Jars.jdkTool("java").toString());
    command.add("-cp");
    command.add(Jars.path(
        Jars.locationOf(DemoApp.class.getName()),
        Jars.runtime(),
        Jars.annotations(),
        Jars.h2(),
        Jars.locationOf("tools.jackson.databind.ObjectMapper"),
        Jars.locationOf("tools.jackson.core.JsonParser"),
        Jars.locationOf("com.fasterxml.jackson.annotation.JsonProperty")));
    command.add(DemoApp.class.getName());
    command.addAll(List.of(args));
    return command;
  }

  @Test
  void theScriptedSessionRunsEveryHookAndTheJvmExitsCleanly() throws Exception {
    List<String> command = java();

    Processes.Result run = Processes.run(command, Path.of("."), Map.of(), Duration.ofSeconds(90));

    String out = run.assertSucceeded(command).output();
    assertTrue(out.startsWith("Hookwire demo: an auth service on http://127.0.0.1:"), out);
    List<String> expected = List.of(
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

  @Test
  void withServeItPrintsCurlLinesAndAnswersUntilStopped() throws Exception {
    Process server = new ProcessBuilder(java("--serve", "--port", "0"))
        .redirectErrorStream(true)
        .start();
    try {
      BufferedReader out = new BufferedReader(
          new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
      String first = out.readLine();
      assertNotNull(first, "the server printed nothing");
      Matcher serving = Pattern.compile("Hookwire demo serving on (http://127\\.0\\.0\\.1:\\d+) ")
          .matcher(first);
      assertTrue(serving.lookingAt(), first);
      URI base = URI.create(serving.group(1));
      String curl = out.readLine();
      assertTrue(
          curl.contains("curl -i -H 'Content-Type: application/json'")
              && curl.endsWith(base + "/sign-up"),
          curl);

      HttpResponse<String> signUp = HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(base.resolve("/sign-up"))
                  .timeout(Duration.ofSeconds(30))
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"email\":\"ada@example.com\",\"name\":\" Ada \",\"password\":\"correct horse\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      assertEquals(201, signUp.statusCode(), signUp::body);
      assertTrue(signUp.body().contains("\"name\":\"Ada\""), signUp::body);
      assertTrue(server.isAlive(), "it keeps serving");
    } finally {
      server.destroy(); // SIGTERM, as Ctrl-C: the shutdown hook stops the server
      assertTrue(server.waitFor(30, TimeUnit.SECONDS), "the server stops when told to");
    }
  }
}
