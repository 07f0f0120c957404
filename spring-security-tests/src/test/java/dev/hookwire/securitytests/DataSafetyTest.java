package dev.hookwire.securitytests;

import static dev.hookwire.securityupstream.Browser.form;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hookwire.securityupstream.Browser;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The real database under many sign-ups at once: nothing lost, nothing stored twice. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DataSafetyTest {
  private static final int SIGN_UPS = 200;

  @LocalServerPort
  int port;

  @Autowired
  Events events;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void twoHundredConcurrentSignUpsLoseAndDuplicateNothing() throws Exception {
    events.reset(false);
    jdbc.update("delete from workspace");
    jdbc.update("delete from authorities");
    jdbc.update("delete from users");
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> statuses = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(32);
    try {
      for (int i = 0; i < SIGN_UPS; i++) {
        String email = "User" + i + "@Load.example";
        statuses.add(pool.submit(() -> {
          start.await();
          return new Browser(port)
              .post("/sign-up", form("email", email, "password", "pw"))
              .statusCode();
        }));
      }
      start.countDown();
      for (Future<Integer> status : statuses) {
        assertThat(status.get()).isEqualTo(201);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(jdbc.queryForObject("select count(*) from users", Integer.class))
        .isEqualTo(SIGN_UPS);
    assertThat(jdbc.queryForObject(
            "select count(distinct username) from users where username = lower(username)",
            Integer.class))
        .isEqualTo(SIGN_UPS);
    assertThat(jdbc.queryForObject("select count(*) from workspace", Integer.class))
        .isEqualTo(SIGN_UPS);
    assertThat(jdbc.queryForObject("select count(distinct owner) from workspace", Integer.class))
        .isEqualTo(SIGN_UPS);
  }
}
