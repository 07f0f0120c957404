package com.example.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.json.JsonParserFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The accounts service on a real port, on H2, with only its own hooks package on its class path:
 * sign-up, admin create-user and login over HTTP write their rows through hooks that took a
 * {@code JdbcTemplate} and the service's beans by constructor; the virtual event {@code
 * after-admin-user-create} fires for the admin path only; the timed after-login hook sees the
 * caller's principal and MDC on its own thread; the metrics and the {@code hookwire} endpoint are
 * read over HTTP.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AccountsApplicationTest {
  private final HttpClient http = HttpClient.newHttpClient();

  @LocalServerPort
  int port;

  @Autowired
  JdbcTemplate jdbc;

  private HttpResponse<String> post(String path, String form, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private String idOf(HttpResponse<String> created) {
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return (String) JsonParserFactory.getJsonParser().parseMap(created.body()).get("id");
  }

  @SuppressWarnings("unchecked")
  private double count(String metric) throws IOException, InterruptedException {
    HttpResponse<String> response = get("/actuator/metrics/hookwire.hook?" + metric);
    assertThat(response.statusCode()).as(metric).isEqualTo(200);
    List<Map<String, Object>> measurements = (List<Map<String, Object>>)
        JsonParserFactory.getJsonParser().parseMap(response.body()).get("measurements");
    return measurements.stream()
        .filter(m -> m.get("statistic").equals("COUNT"))
        .mapToDouble(m -> ((Number) m.get("value")).doubleValue())
        .sum();
  }

  @Test
  void signUpAdminCreateUserAndLoginRunTheHooksOverHttp() throws Exception {
    String ada = idOf(post("/sign-up", "email=ada@example.com"));
    assertThat(jdbc.queryForList("select id, owner from workspace where owner = ?", ada))
        .containsExactly(Map.of("ID", "ws_ada", "OWNER", ada));
    assertThat(jdbc.queryForObject("select count(*) from audit", Integer.class))
        .as("a sign-up is no admin create-user: the virtual event does not fire")
        .isZero();

    String bob =
        idOf(post("/admin/create-user", "email=bob@example.com", "User-Agent", "e2e-admin"));
    assertThat(jdbc.queryForList("select id from workspace where owner = ?", String.class, bob))
        .containsExactly("ws_bob");
    assertThat(jdbc.queryForList("select user_id, action, detail from audit"))
        .containsExactly(Map.of(
            "USER_ID",
            bob,
            "ACTION",
            "admin-created",
            "DETAIL",
            "/admin/create-user from 127.0.0.1 by e2e-admin"));

    HttpResponse<String> rejected = post("/sign-up", "email=eve@blocked.example");
    assertThat(rejected.statusCode()).isEqualTo(422);
    assertThat(rejected.body()).contains("This email domain is not allowed.");
    assertThat(jdbc.queryForObject("select count(*) from users", Integer.class)).isEqualTo(2);

    HttpResponse<String> login = post("/login", "email=ada@example.com", "X-Request-Id", "req-7");
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    String requestThread =
        (String) JsonParserFactory.getJsonParser().parseMap(login.body()).get("thread");
    Map<String, Object> audited = jdbc.queryForMap("select * from login_audit");
    assertThat(audited)
        .containsEntry("USER_ID", ada)
        .containsEntry("PRINCIPAL", "ada@example.com")
        .containsEntry("REQUEST_ID", "req-7");
    assertThat(audited.get("THREAD"))
        .as("the timed hook ran on another thread")
        .isNotEqualTo(requestThread);

    assertThat(count("tag=event:after-user-create&tag=hook:AfterUserCreate&tag=outcome:success"))
        .isEqualTo(2.0);
    assertThat(count(
            "tag=event:after-admin-user-create&tag=hook:AfterAdminUserCreate&tag=outcome:success"))
        .isEqualTo(1.0);
    assertThat(count("tag=event:before-user-create&tag=outcome:rejected")).isEqualTo(1.0);
    assertThat(count("tag=event:after-login&tag=hook:AfterLogin&tag=outcome:success"))
        .isEqualTo(1.0);

    HttpResponse<String> endpoint = get("/actuator/hookwire");
    assertThat(endpoint.statusCode()).isEqualTo(200);
    assertThat(endpoint.body())
        .contains("\"hooksPackage\":\"com.example.accounts.hooks\"")
        .contains("\"name\":\"after-admin-user-create\"")
        .contains("\"virtualOf\":\"after-user-create\"")
        .contains(
            "\"dependencies\":[\"org.springframework.jdbc.core.JdbcTemplate\",\"com.example.accounts.Workspaces\"]");
  }
}
