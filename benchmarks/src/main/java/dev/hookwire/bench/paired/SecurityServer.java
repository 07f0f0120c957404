package dev.hookwire.bench.paired;

import dev.hookwire.bench.boot.SecurityApps;
import java.io.IOException;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One variant of the security benchmark's application in a JVM of its own, for {@link
 * PairedSecurityBench}: starts it, prints {@code port <n>} on a line of its own, and serves until
 * its standard input ends (the harness closes it, or exits).
 */
public final class SecurityServer {
  private SecurityServer() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: SecurityServer none|empty|hooks8");
    }
    ConfigurableApplicationContext app = SecurityApps.start(args[0]);
    System.out.println("port " + SecurityApps.port(app));
    System.out.flush();
    while (System.in.read() >= 0) {
      // Serve until the harness lets go.
    }
    app.close();
  }
}
