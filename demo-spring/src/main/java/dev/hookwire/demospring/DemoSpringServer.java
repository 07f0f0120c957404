package dev.hookwire.demospring;

import java.io.PrintStream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The demo auth server, left running for a person to try (the {@code -Pdemo-spring-serve} run):
 * on port 8080 unless {@code --server.port} says otherwise, with the hooks console for its
 * administrator. Start a second one on another port and the same database ({@code
 * --spring.datasource.url}, a file or server database) and both agree on the hooks. Stop it with
 * Ctrl-C.
 */
public final class DemoSpringServer {
  private DemoSpringServer() {}

  public static void main(String[] args) {
    start(System.out, args);
  }

  /** Starts the server with {@code args} (Spring Boot command-line properties) and says where. */
  static ConfigurableApplicationContext start(PrintStream out, String... args) {
    ConfigurableApplicationContext app = new SpringApplicationBuilder(DemoSpringApplication.class)
        .properties("server.port=8080")
        .run(args);
    String base =
        "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
    out.println("Hookwire Spring demo on " + base + ", database "
        + app.getEnvironment().getProperty("spring.datasource.url"));
    out.println(
        "  sign up:  curl -d email=ada@example.com -d password=s3cret " + base + "/sign-up");
    out.println("  console:  " + base + "/hookwire/ (sign in as " + AdminAccount.USERNAME + ", "
        + "password " + app.getEnvironment().getProperty("demo.admin-password", "admin-password")
        + ")");
    out.println("Ctrl-C stops it.");
    return app;
  }
}
