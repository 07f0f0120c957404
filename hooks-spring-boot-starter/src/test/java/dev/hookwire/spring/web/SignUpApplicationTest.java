package dev.hookwire.spring.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hookwire.spring.Calls;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.json.JsonParserFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The starter in a real Spring Boot service on a real port: sign-ups go through the injected
 * {@code AuthHooks}, and the metrics and the {@code hookwire} endpoint are read over HTTP. The test
 * class path holds two hooks packages of the auth catalog, so the service names its own with
 * {@code hookwire.primary}.
 */
@SpringBootTest(
    classes = SignUpApplication.class,
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "hookwire.primary=dev.hookwire.spring.auth",
      "hookwire.disabled.after-user-create=dev.hookwire.spring.legacy.AfterUserCreate",
      "management.endpoints.web.exposure.include=hookwire,metrics"
    })
class SignUpApplicationTest {
  private final HttpClient http = HttpClient.newHttpClient();

  @LocalServerPort
  int port;

  @BeforeEach
  void reset() {
    Calls.reset(0);
  }

  private HttpResponse<String> post(String path, String form)
      throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form))
        .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @SuppressWarnings("unchecked")
  private static double count(String metricJson) {
    List<Map<String, Object>> measurements = (List<Map<String, Object>>)
        JsonParserFactory.getJsonParser().parseMap(metricJson).get("measurements");
    return measurements.stream()
        .filter(m -> m.get("statistic").equals("COUNT"))
        .mapToDouble(m -> ((Number) m.get("value")).doubleValue())
        .sum();
  }

  @Test
  void signUpRunsTheHooksAndTheMetricsAndTheEndpointSayIt() throws Exception {
    HttpResponse<String> created = post("/sign-up", "email=ada@example.com");
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(Calls.all()).contains("auth/AfterUserCreate:ada@example.com");
    // Its AfterUserCreate took the service's own bean in its constructor, from the context.
    assertThat(Calls.all()).contains("web/SignUpMail:ada@example.com");

    HttpResponse<String> rejected = post("/sign-up", "email=eve@blocked.example");
    assertThat(rejected.statusCode()).isEqualTo(422);
    assertThat(rejected.body()).contains("This email domain is not allowed.");

    HttpResponse<String> success = get(
        "/actuator/metrics/hookwire.hook?tag=hook:AfterUserCreate&tag=outcome:success&tag=event:after-user-create");
    assertThat(success.statusCode()).isEqualTo(200);
    assertThat(count(success.body())).isEqualTo(1.0);
    HttpResponse<String> rejections =
        get("/actuator/metrics/hookwire.hook?tag=hook:BeforeUserCreate&tag=outcome:rejected");
    assertThat(count(rejections.body())).isEqualTo(1.0);

    HttpResponse<String> endpoint = get("/actuator/hookwire");
    assertThat(endpoint.statusCode()).isEqualTo(200);
    assertThat(endpoint.headers().firstValue("Content-Type").orElse("")).contains("json");
    Map<String, Object> body = JsonParserFactory.getJsonParser().parseMap(endpoint.body());
    assertThat(body.get("wirings").toString())
        .contains("bean=dev.hookwire.spring.auth.HookWiring")
        .contains(
            "type=dev.hookwire.spring.auth.AuditSignup, order=0, timeoutMillis=null, tags=[], async=true, durable=false, disabled=null")
        .contains(
            "type=dev.hookwire.spring.legacy.AfterUserCreate, order=0, timeoutMillis=null, tags=[], async=false, durable=false, disabled=disabled at startup");
  }

  private HttpResponse<String> postJson(String path, String json)
      throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json))
        .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theEndpointSwitchesAHookOverHttpAndRefusesBadInputWithA400() throws Exception {
    String off = "{\"action\": \"switch-off\", \"event\": \"after-user-create\","
        + " \"hook\": \"dev.hookwire.spring.auth.AuditSignup\"}";
    HttpResponse<String> switched = postJson("/actuator/hookwire", off);
    assertThat(switched.statusCode()).isEqualTo(200);
    assertThat(switched.body()).contains("after-user-create/dev.hookwire.spring.auth.AuditSignup");
    assertThat(get("/actuator/hookwire").body()).contains("switched off at run time");

    HttpResponse<String> misspelt =
        postJson("/actuator/hookwire", off.replace("switch-off", "switch-of"));
    assertThat(misspelt.statusCode()).isEqualTo(400);
    HttpResponse<String> noHook =
        postJson("/actuator/hookwire", off.replace("AuditSignup", "AuditSignp"));
    assertThat(noHook.statusCode()).isEqualTo(400);

    HttpResponse<String> on =
        postJson("/actuator/hookwire", off.replace("switch-off", "switch-on"));
    assertThat(on.statusCode()).isEqualTo(200);
    assertThat(get("/actuator/hookwire").body()).doesNotContain("switched off at run time");
  }
}
