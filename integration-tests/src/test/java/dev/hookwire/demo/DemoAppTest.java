package dev.hookwire.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hookwire.it.support.Jars;
import dev.hookwire.it.support.Processes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's first command runs {@link DemoApp} in its own JVM ({@code -Pdemo}), and {@code
 * -Pserve} runs it with {@code --serve}: this runs it the same ways, on the demo's run-time class
 * path. The scripted session starts, shows the hooks of each request (inline, or recorded
 * durable) and the webhooks its receiver verified, and exits by itself with status 0; the server
 * answers over HTTP, and prints each webhook its receiver verified, until it is stopped.
 */
class DemoAppTest {
  /**
   * The demo's run-time class path: its classes, the runtime, the outbox, the console, H2 and
   * Jackson.
   */
  private static List<String> java(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Jars.jdkTool("java").toString());
    command.add("-cp");
    command.add(Jars.path(
        Jars.locationOf(DemoApp.class.getName()),
        Jars.runtime(),
        Jars.annotations(),
        Jars.locationOf("dev.hookwire.outbox.Outbox"),
        Jars.locationOf("dev.hookwire.console.HookConsole"),
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
    // The event ids each sign-up recorded, and the receiver's address.
    Matcher recorded = Pattern.compile("AfterUserCreate: recorded durable as event ([0-9a-f-]{36})")
        .matcher(out);
    List<String> eventIds = new ArrayList<>();
    while (recorded.find()) {
      eventIds.add(recorded.group(1));
    }
    assertEquals(2, eventIds.size(), out);
    String ada = eventIds.get(0);
    String grace = eventIds.get(1);
    Matcher webhook = Pattern.compile(
            "webhook local-receiver to (http://127\\.0\\.0\\.1:\\d+/webhooks)\\.")
        .matcher(out);
    assertTrue(webhook.find(), out);
    String receiver = webhook.group(1);
    List<String> expected = List.of(
        "1. POST /sign-up {\"email\":\"ada@example.com\",\"name\":\"  Ada Lovelace  \",\"password\":\"***\"}",
        "hooks: before-user-create BeforeUserCreate: trimmed the name to \"Ada Lovelace\"",
        "after-user-create AfterUserCreate: recorded durable as event " + ada
            + ", runs after commit",
        "-> 400 {\"error\":\"Disposable email addresses are not allowed.\"}",
        "hooks: before-user-create BeforeUserCreate: rejected: Disposable email addresses are not allowed.",
        "3. POST /admin/create-user (admin token)",
        "after-user-create AfterUserCreate: recorded durable as event " + grace
            + ", runs after commit",
        "after-admin-user-create AfterAdminUserCreate: queued welcome-email to grace@example.com",
        "Outbox workers, after the commits: 4 delivered, 0 pending, 0 dead-lettered, waited ",
        "4. POST /sign-in",
        "after-session-create AfterSessionCreate: active organization org_usr_",
        "after-login AfterLogin: backfill done in ",
        "5. GET /me (session token)",
        "\"role\":\"owner\",\"org_name\":\"Ada Lovelace's workspace\",\"plan\":\"pro\"",
        "hooks: resolve-oauth-context ResolveOauthContext: organization org_usr_",
        "transform-custom-user-data TransformCustomUserData: added org_name, plan",
        "Webhook deliveries to " + receiver + ":",
        "webhook-id " + ada + ", event after-user-create, user ada@example.com, signature ok",
        "webhook-id " + grace + ", event after-user-create, user grace@example.com, signature ok",
        "Rows now: {user=2, session=1, organization=2, member=2, outbox=1}",
        "Workspaces per user: {ada@example.com=1, grace@example.com=1}",
        "Demo finished; the server is stopped.");
    int from = 0;
    for (String line : expected) {
      int at = out.indexOf(line, from);
      assertTrue(at >= 0, () -> "Missing, or out of order: " + line + "\n" + out);
      from = at + line.length();
    }
    assertEquals(-1, out.indexOf("FAILED"), out);
    assertEquals(-1, out.indexOf("Exception"), out);
    assertEquals(-1, out.indexOf("REFUSED"), out);
    assertEquals(2, out.split("signature ok", -1).length - 1, "one delivery per sign-up\n" + out);
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
      String console = out.readLine();
      while (console != null && !console.startsWith("The operating console: ")) {
        console = out.readLine();
      }
      assertNotNull(console, "no line with the console's address");
      assertTrue(
          console.startsWith(
              "The operating console: " + base + "/console/ (sign in with the admin token "),
          console);

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
      String delivered = CompletableFuture.supplyAsync(() -> {
            try {
              for (String line; (line = out.readLine()) != null; ) {
                if (line.contains("webhook-id ")) {
                  return line;
                }
              }
              return "the server ended without printing a delivery";
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          })
          .get(30, TimeUnit.SECONDS);
      assertTrue(
          delivered.endsWith(", event after-user-create, user ada@example.com, signature ok"),
          delivered);
      assertTrue(server.isAlive(), "it keeps serving");
    } finally {
      server.destroy(); // SIGTERM, as Ctrl-C: the shutdown hook stops the server
      assertTrue(server.waitFor(30, TimeUnit.SECONDS), "the server stops when told to");
    }
  }
}
