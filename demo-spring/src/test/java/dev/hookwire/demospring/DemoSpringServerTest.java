package dev.hookwire.demospring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hookwire.securityupstream.Browser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The serve run says where the console is and how to sign in, and it is there. */
class DemoSpringServerTest {
  @Test
  void itPrintsTheConsolesAddressAndTheAdministrator() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        ConfigurableApplicationContext app = DemoSpringServer.start(
            out,
            "--server.port=0",
            "--spring.datasource.url=jdbc:h2:mem:demo-spring-server;DB_CLOSE_DELAY=-1")) {
      String printed = buffer.toString(StandardCharsets.UTF_8);
      assertThat(printed).contains("(sign in as admin@example.com, password admin-password)");
      Matcher console =
          Pattern.compile("console:  http://127\\.0\\.0\\.1:(\\d+)/hookwire/").matcher(printed);
      assertThat(console.find()).as(printed).isTrue();
      assertThat(Integer.parseInt(console.group(1)))
          .isEqualTo(((WebServerApplicationContext) app).getWebServer().getPort());

      Browser admin = new Browser(Integer.parseInt(console.group(1)));
      admin.login(AdminAccount.USERNAME, "admin-password");
      assertThat(admin.get("/hookwire/api/state").statusCode()).isEqualTo(200);
    }
  }
}
