package dev.hookwire.demospring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hookwire.console.HeadlessChromium;
import dev.hookwire.securityupstream.Browser;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The "done means", in a real browser: two instances of the demo on one database (its
 * hooks' state in the JDBC store, read every 200 ms); in headless Chromium the administrator signs
 * in through the login form, opens the console on the first, switches a hook off and on, deploys
 * version 2 of the sign-up gate and rolls back to version 1 (each through the confirmation
 * dialog), and dry-runs a sign-up. After each step the second instance agrees: its console's state
 * API says so, and a real sign-up on it shows what the live version does. The history names the
 * administrator. Screenshots of each step go to {@code target/screenshots/} ({@code
 * console-desktop.png}, the window after the deploy, is the README's).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserTest {
  private static final String HOOKS = "dev.hookwire.demospring.hooks.";
  private static final String PROVISION = HOOKS + "AfterUserCreate";
  private static final String GATE = HOOKS + "BeforeUserCreate";
  private static final String STRICT = HOOKS + "BeforeUserCreateStrict";
  private static final String PASSWORD = "admin-password";
  private static final Duration AGREE_WITHIN = Duration.ofSeconds(5);
  private static final JsonMapper JSON = JsonMapper.shared();

  private static ConfigurableApplicationContext first;
  private static ConfigurableApplicationContext second;
  private static HeadlessChromium browser;
  /** The administrator's session on the second instance, for its console's state API. */
  private static Browser secondAdmin;

  @BeforeAll
  static void startTwoInstancesOnOneDatabase() {
    HeadlessChromium.requireInstalled();
    String database = "jdbc:h2:mem:console-browser;DB_CLOSE_DELAY=-1";
    first = start(database);
    second = start(database);
    browser = HeadlessChromium.start();
    secondAdmin = new Browser(port(second));
    assertThat(secondAdmin.login(AdminAccount.USERNAME, PASSWORD).statusCode()).isEqualTo(302);
  }

  private static ConfigurableApplicationContext start(String database) {
    return new SpringApplicationBuilder(DemoSpringApplication.class)
        .run(
            "--spring.datasource.url=" + database,
            "--hookwire.poll-every=200ms",
            "--demo.backfill-delay-ms=0");
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    for (ConfigurableApplicationContext instance :
        new ConfigurableApplicationContext[] {second, first}) {
      if (instance != null) {
        instance.close();
      }
    }
  }

  private static int port(ConfigurableApplicationContext instance) {
    return ((WebServerApplicationContext) instance).getWebServer().getPort();
  }

  private static String url(ConfigurableApplicationContext instance, String path) {
    return "http://127.0.0.1:" + port(instance) + path;
  }

  // ---------------------------------------------------------------- the page

  private static String row(String event, String hook) {
    return ".hook[data-event='" + event + "'][data-hook='" + hook + "']";
  }

  /** Clicks {@code action}'s button of the hook, confirms with {@code why}, waits for the state. */
  private static void change(
      String event, String hook, String action, String why, String changedHook, String state) {
    browser
        .await(By.cssSelector(row(event, hook) + " button[data-action='" + action + "']"))
        .click();
    WebElement reason = browser.await(By.id("confirm-why"));
    assertThat(browser.driver().findElement(By.id("confirm-text")).getText()).isNotBlank();
    reason.sendKeys(why);
    browser.driver().findElement(By.id("confirm-ok")).click();
    browser.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector(row(event, changedHook) + "[data-state='" + state + "']")));
    browser.until(ExpectedConditions.invisibilityOfElementLocated(By.id("confirm")));
  }

  // ---------------------------------------------------------------- the second instance

  private static JsonNode secondState() {
    HttpResponse<String> state = secondAdmin.get("/hookwire/api/state");
    assertThat(state.statusCode()).isEqualTo(200);
    return JSON.readTree(state.body());
  }

  private static String secondStateOf(String event, String hook) {
    return StreamSupport.stream(secondState().get("wirings").spliterator(), false)
        .flatMap(w -> StreamSupport.stream(w.get("events").spliterator(), false))
        .filter(e -> e.get("name").asString().equals(event))
        .flatMap(e -> StreamSupport.stream(e.get("hooks").spliterator(), false))
        .filter(h -> h.get("type").asString().equals(hook))
        .map(h -> h.get("state").asString())
        .findFirst()
        .orElseThrow();
  }

  /** Waits until the second instance's console shows the hook in {@code state}. */
  private static void secondAgrees(String event, String hook, String state)
      throws InterruptedException {
    long deadline = System.nanoTime() + AGREE_WITHIN.toNanos();
    while (!secondStateOf(event, hook).equals(state) && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertThat(secondStateOf(event, hook)).as("%s on the second instance", hook).isEqualTo(state);
  }

  /** A real sign-up on the second instance: its answer, and the lines its hooks traced. */
  private record SignUp(int status, String answer, List<String> hooks) {}

  private static SignUp signUpOnSecond(String email) throws InterruptedException {
    HookTrace trace = second.getBean(HookTrace.class);
    trace.awaitRequestsDone();
    HttpResponse<String> response = new Browser(port(second))
        .post("/sign-up", Browser.form("email", email, "password", "s3cret"));
    return new SignUp(response.statusCode(), response.body(), trace.awaitRequestsDone());
  }

  private static void signIn(String password) {
    browser.await(By.id("username")).sendKeys(AdminAccount.USERNAME);
    browser.driver().findElement(By.id("password")).sendKeys(password);
    browser.driver().findElement(By.id("sign-in")).click();
  }

  // ---------------------------------------------------------------- the steps

  @Test
  @Order(1)
  void theAdministratorSignsInThroughTheLoginFormAndOpensTheConsole() {
    // A sign-up on this instance, so that its console counts a run of the sign-up's hooks.
    assertThat(new Browser(port(first))
            .post("/sign-up", Browser.form("email", "Ada@Example.com", "password", "s3cret"))
            .statusCode())
        .isEqualTo(201);

    // The console sends a visitor to the demo's login form, which sends them back.
    browser.open(url(first, "/hookwire/"));
    browser.until(ExpectedConditions.urlContains("/login"));
    signIn("not-the-password");
    browser.awaitText(By.id("error"), "Bad credentials");
    browser.open(url(first, "/hookwire/"));
    browser.screenshot("console-0-login");
    signIn(PASSWORD);

    browser.await(By.cssSelector(row("after-user-create", PROVISION)));
    assertThat(browser.driver().getCurrentUrl()).contains("/hookwire/");
    assertThat(browser
            .driver()
            .findElement(By.cssSelector(row("before-user-create", GATE)))
            .getText())
        .contains("BeforeUserCreate (version 1, live)");
    assertThat(browser
            .driver()
            .findElement(By.cssSelector(row("before-user-create", STRICT)))
            .getAttribute("data-state"))
        .isEqualTo("off");
    assertThat(browser
            .driver()
            .findElement(By.cssSelector(row("after-user-create", PROVISION)))
            .getText())
        .contains("1 run, 0 failures, 0 timeouts");
    browser.screenshot("console-1-signed-in");
  }

  @Test
  @Order(2)
  void switchingAHookOffAndOnReachesTheOtherInstance() throws Exception {
    change(
        "after-user-create",
        PROVISION,
        "switch-off",
        "the workspace service is down",
        PROVISION,
        "off");
    browser.screenshot("console-2-switched-off");
    secondAgrees("after-user-create", PROVISION, "off");
    SignUp off = signUpOnSecond("off@example.com");
    assertThat(off.status()).isEqualTo(201);
    assertThat(off.hooks()).noneMatch(line -> line.startsWith("after-user-create"));

    change("after-user-create", PROVISION, "switch-on", "it is back", PROVISION, "on");
    secondAgrees("after-user-create", PROVISION, "on");
    SignUp on = signUpOnSecond("on@example.com");
    assertThat(on.status()).isEqualTo(201);
    assertThat(on.hooks())
        .anyMatch(
            line -> line.startsWith("after-user-create AfterUserCreate: provisioned workspace"));
  }

  @Test
  @Order(3)
  void deployingVersion2AndRollingBackReachTheOtherInstance() throws Exception {
    change("before-user-create", STRICT, "deploy", "sign-up abuse with +tags", STRICT, "on");
    assertThat(browser
            .driver()
            .findElement(By.cssSelector(row("before-user-create", GATE)))
            .getAttribute("data-state"))
        .isEqualTo("off");
    browser.screenshot("console-3-version-2-deployed");
    browser.viewportScreenshot("console-desktop");
    secondAgrees("before-user-create", STRICT, "on");
    SignUp refused = signUpOnSecond("eve+promo@example.com");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.answer()).contains("Sub-addressed emails (name+tag@) are not allowed.");

    change("before-user-create", STRICT, "rollback", "too many support tickets", GATE, "on");
    browser.screenshot("console-4-rolled-back");
    secondAgrees("before-user-create", GATE, "on");
    secondAgrees("before-user-create", STRICT, "off");
    SignUp accepted = signUpOnSecond("eve+promo@example.com");
    assertThat(accepted.status()).isEqualTo(201);
    assertThat(accepted.hooks())
        .first()
        .asString()
        .startsWith("before-user-create BeforeUserCreate: ");
  }

  @Test
  @Order(4)
  void aDryRunOfASignUpShowsTheTraceAndStoresNoUser() throws Exception {
    browser.driver().findElement(By.id("tab-test")).click();
    WebElement event = browser.await(By.id("dry-event"));
    event.findElements(By.tagName("option")).stream()
        .filter(o -> o.getText().equals("before-user-create"))
        .findFirst()
        .orElseThrow()
        .click();
    browser.script("const input = document.getElementById('dry-input');"
        + " const user = JSON.parse(input.value); user.email = 'Grace@Example.com';"
        + " input.value = JSON.stringify(user, null, 2);");
    browser.driver().findElement(By.id("dry-run")).click();
    browser.awaitText(By.id("dry-result"), "grace@example.com");
    assertThat(browser.driver().findElement(By.id("dry-hooks")).getText())
        .contains("BeforeUserCreate")
        .contains("ran");
    browser.screenshot("console-5-dry-run");

    JdbcTemplate database = first.getBean(JdbcTemplate.class);
    assertThat(database.queryForObject(
            "select count(*) from users where username = 'grace@example.com'", Integer.class))
        .isZero();

    browser.script(
        "document.getElementById('dry-input').value = '{\"email\": {\"not\": \"text\"}}';");
    browser.driver().findElement(By.id("dry-run")).click();
    browser.awaitText(By.id("dry-error"), "input.email");
  }

  @Test
  @Order(5)
  void theHistoryNamesTheAdministratorForEachChange() throws Exception {
    browser.driver().findElement(By.id("tab-history")).click();
    browser.await(By.cssSelector("#history-list li"));
    List<String> lines = browser.driver().findElements(By.cssSelector("#history-list li")).stream()
        .map(WebElement::getText)
        .toList();
    assertThat(lines).hasSize(4).allMatch(line -> line.contains("by " + AdminAccount.USERNAME));
    assertThat(String.join("\n", lines))
        .contains("Rolled back BeforeUserCreate", "Deployed BeforeUserCreate")
        .contains("Switched on AfterUserCreate", "Switched off AfterUserCreate")
        .contains("too many support tickets", "the workspace service is down");
    browser.screenshot("console-6-history");

    // The history is in the store: the second instance's has every change, by the administrator.
    JsonNode history = secondState().get("history");
    assertThat(history).hasSize(4);
    assertThat(StreamSupport.stream(history.spliterator(), false)
            .map(line -> line.get("action").asString() + " by " + line.get("by").asString()))
        .containsExactly(
            "switch-off by " + AdminAccount.USERNAME,
            "switch-on by " + AdminAccount.USERNAME,
            "deploy by " + AdminAccount.USERNAME,
            "rollback by " + AdminAccount.USERNAME);

    browser.driver().findElement(By.id("tab-hooks")).click();
    browser.phone();
    browser.open(url(first, "/hookwire/"));
    browser.await(By.cssSelector(row("after-user-create", PROVISION)));
    assertThat(browser.scrollsSideways())
        .as("the page scrolls sideways on a phone")
        .isFalse();
    browser.screenshot("console-7-phone");
    browser.desktop();
  }
}
