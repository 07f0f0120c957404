package dev.hookwire.spring.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hookwire.console.HookConsole;
import dev.hookwire.console.HookStats;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** Without {@code hookwire.console.enabled=true} there is no console, even for an administrator. */
@SpringBootTest(
    classes = ConsoleApplication.class,
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "hookwire.primary=dev.hookwire.spring.auth",
      "hookwire.disabled.after-user-create=dev.hookwire.spring.legacy.AfterUserCreate"
    })
class ConsoleDisabledTest {
  @LocalServerPort
  int port;

  @Autowired
  ApplicationContext context;

  @Test
  void theConsoleIsA404AndHasNoBeans() throws Exception {
    Session ada = new Session(port);
    ada.signIn(ConsoleApplication.ADMIN, ConsoleApplication.PASSWORD);

    assertThat(ada.get("/hookwire/").statusCode()).isEqualTo(404);
    assertThat(ada.get("/hookwire/api/state").statusCode()).isEqualTo(404);
    assertThat(ada.post("/hookwire/api/change", "{}").statusCode()).isEqualTo(404);
    assertThat(context.getBeanNamesForType(HookConsole.class)).isEmpty();
    assertThat(context.getBeanNamesForType(HookStats.class)).isEmpty();
  }
}
