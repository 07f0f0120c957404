package dev.hookwire.demo.console;

import java.nio.charset.StandardCharsets;

/** The console's sign-in form: the demo's admin token, posted to {@code /console/login}. */
final class LoginPage {
  private LoginPage() {}

  /** The page, with {@code problem} (a fixed text of ours, never input) above the form, if any. */
  static byte[] html(String problem) {
    String alert = problem == null ? "" : "<p class=\"error\" role=\"alert\">" + problem + "</p>";
    return ("""
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>Sign in · Hookwire console</title>
          <link rel="stylesheet" href="console.css">
        </head>
        <body>
          <header class="top"><h1>Hookwire console</h1></header>
          <main>
            %s
            <form method="post" action="login" class="dry-form" id="login-form">
              <label for="token">The demo's admin token</label>
              <input id="token" name="token" type="password" required autocomplete="current-password">
              <div class="buttons"><button type="submit" id="sign-in">Sign in</button></div>
            </form>
            <p class="hint">The demo prints its admin token when it starts (or give one with
              --admin-token / HOOKWIRE_DEMO_ADMIN_TOKEN).</p>
          </main>
        </body>
        </html>
        """.formatted(alert)).getBytes(StandardCharsets.UTF_8);
  }
}
