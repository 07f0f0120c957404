package dev.hookwire.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hookwire.demo.DemoFixture.Answer;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the demo server answers to bodies it cannot take, over real HTTP: every bad body gets a 400
 * or a 413 that says what is wrong, and the server goes on answering.
 */
class RequestBodyTest {
  private static final String TOO_LARGE =
      "The body is too large: this service takes at most " + Json.MAX_LENGTH + " bytes.";

  private DemoFixture demo;

  @BeforeEach
  void start() throws Exception {
    demo = new DemoFixture();
  }

  @AfterEach
  void stop() throws Exception {
    demo.close();
  }

  @Test
  void aBodyNestedFiveThousandLevelsDeepIsA400AndTheServerStillAnswers() throws Exception {
    String deep = "{\"email\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}";

    Answer answer = post(HttpRequest.BodyPublishers.ofString(deep));

    assertEquals(400, answer.status(), answer::toString);
    assertEquals(
        "The body exceeds a limit (at most 32 levels of nesting and 65536 characters).",
        answer.body().get("error"));
    assertEquals(201, demo.signUp("ada@example.com", "Ada").status(), "the next request is served");
  }

  @Test
  void aTwentyMegabyteBodyIsA413ThatSaysSo() throws Exception {
    byte[] huge = body(20 * 1024 * 1024);

    Answer answer = post(HttpRequest.BodyPublishers.ofByteArray(huge));

    assertEquals(413, answer.status(), answer::toString);
    assertEquals(Map.of("error", TOO_LARGE), answer.body());
    assertEquals(201, demo.signUp("ada@example.com", "Ada").status(), "the next request is served");
  }

  @Test
  void aChunkedBodyIsCutOffAtTheLimitWithA413() throws Exception {
    byte[] huge = body(20 * 1024 * 1024);

    // No declared length: the server finds out while reading.
    Answer answer =
        post(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)));

    assertEquals(413, answer.status(), answer::toString);
    assertEquals(Map.of("error", TOO_LARGE), answer.body());
  }

  @Test
  void aBodyJustWithinTheLimitIsRead() throws Exception {
    String fields =
        "{\"email\":\"ada@example.com\",\"password\":\"correct horse\",\"name\":\"Ada\"}";
    String padded = fields.replace("Ada", "Ada" + " ".repeat(Json.MAX_LENGTH - fields.length()));
    assertEquals(Json.MAX_LENGTH, padded.length());

    Answer answer = post(HttpRequest.BodyPublishers.ofString(padded));

    assertEquals(201, answer.status(), answer::toString);
    assertEquals("Ada", answer.object("user").get("name"), "trimmed by before-user-create");
  }

  @Test
  void malformedJsonIsA400WithWhereItWentWrong() throws Exception {
    Answer answer = post(HttpRequest.BodyPublishers.ofString("{\"email\": \"ada@example.com\", }"));

    assertEquals(400, answer.status(), answer::toString);
    String error = (String) answer.body().get("error");
    assertEquals(
        "The body is not valid JSON (line 1, column 30): Unexpected character ('}' (code 125)):"
            + " was expecting double-quote to start property name",
        error);
  }

  @Test
  void everyOtherBadBodyIsA400ThatSaysWhatIsWrong() throws Exception {
    Map<String, String> expected = Map.of(
        "", "The body is empty; expected a JSON object.",
        "[\"ada@example.com\"]", "The body must be a JSON object, not array.",
        "\"ada@example.com\"", "The body must be a JSON object, not string.",
        "{\"email\":\"a@example.com\",\"password\":\"correct horse\"} {}",
            "The body is not valid JSON (line 1, column 54): ",
        "{\"email\":\"a@example.com\",\"email\":\"b@example.com\"}",
            "The body is not valid JSON (line 1, column 33): Duplicate Object property \"email\"",
        "{\"email\":[\"a@example.com\"],\"password\":\"correct horse\"}",
            "The field \"email\" must be a string.",
        "{\"email\":\"a@example.com\",\"password\":12345678}",
            "The field \"password\" must be a string.");
    for (Map.Entry<String, String> bad : expected.entrySet()) {
      Answer answer = post(HttpRequest.BodyPublishers.ofString(bad.getKey()));

      assertEquals(400, answer.status(), () -> bad.getKey() + " -> " + answer);
      String error = (String) answer.body().get("error");
      assertEquals(
          bad.getValue(),
          error.substring(0, Math.min(error.length(), bad.getValue().length())),
          () -> bad.getKey() + " -> " + error);
    }
    assertEquals(
        Map.of("user", 0, "session", 0, "organization", 0, "member", 0, "outbox", 0),
        demo.rowCounts());
  }

  private Answer post(HttpRequest.BodyPublisher body) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(demo.uri("/sign-up"))
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json")
        .POST(body)
        .build();
    return demo.send(request);
  }

  /** A JSON object of {@code size} bytes. */
  private static byte[] body(int size) {
    byte[] body = new byte[size];
    Arrays.fill(body, (byte) ' ');
    byte[] start = "{\"name\":\"".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(start, 0, body, 0, start.length);
    body[size - 2] = '"';
    body[size - 1] = '}';
    return body;
  }
}
