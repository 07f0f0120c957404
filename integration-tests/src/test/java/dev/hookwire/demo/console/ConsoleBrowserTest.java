package dev.hookwire.demo.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hookwire.console.HeadlessChromium;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The plain demo's console in a real browser (headless Chromium): the admin signs in through the
 * form, sees the demo's events and hooks, switches a hook off and on through the confirmation
 * dialog (and a real sign-up shows each), reads the history, and dry-runs a sign-up; on a desktop
 * and on a phone. Screenshots go to {@code target/screenshots/}.
 */
class ConsoleBrowserTest {
  private static final String BEFORE = "dev.hookwire.demo.hooks.BeforeUserCreate";
  private static final By BEFORE_HOOK =
      By.cssSelector(".hook[data-event=\"before-user-create\"][data-hook=\"" + BEFORE + "\"]");

  private ConsoleDemo demo;
  private HeadlessChromium browser;

  @BeforeEach
  void start() throws Exception {
    HeadlessChromium.requireInstalled();
    demo = new ConsoleDemo();
    browser = HeadlessChromium.start();
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.close();
    }
    if (demo != null) {
      demo.close();
    }
  }

  @Test
  void theAdminSignsInAndSeesEveryEventWithItsHooks() {
    signIn();
    List<String> events = browser.driver().findElements(By.cssSelector("section.event h2")).stream()
        .map(WebElement::getText)
        .toList();
    assertEquals(
        List.of(
            "before-user-create",
            "after-user-create",
            "after-admin-user-create",
            "before-session-create",
            "after-session-create",
            "before-login",
            "after-login",
            "resolve-oauth-context",
            "transform-custom-user-data"),
        events);
    WebElement before = browser.await(BEFORE_HOOK);
    assertTrue(before.getText().contains("BeforeUserCreate"), before.getText());
    assertEquals("on", before.getAttribute("data-state"));
    WebElement durable = browser.await(
        By.cssSelector(".hook[data-hook=\"dev.hookwire.demo.hooks.AfterUserCreate\"]"));
    assertTrue(durable.getText().contains("durable"), durable.getText());
    WebElement timed =
        browser.await(By.cssSelector(".hook[data-hook=\"dev.hookwire.demo.hooks.AfterLogin\"]"));
    assertTrue(timed.getText().contains("time limit 1 s"), timed.getText());
    browser.screenshot("plain-demo-console-desktop");
  }

  @Test
  void theAdminSwitchesAHookOffAndOnAndTheNextSignUpShowsEach() throws Exception {
    signIn();
    assertEquals(400, demo.signUp("before@mailinator.com"), "the hook rejects disposable domains");

    change(BEFORE_HOOK, "switch-off", "letting a partner's test accounts in");
    browser.until(ExpectedConditions.attributeToBe(BEFORE_HOOK, "data-state", "off"));
    assertTrue(
        browser.await(BEFORE_HOOK).getText().contains("switched off at run time"),
        browser.await(BEFORE_HOOK).getText());
    assertEquals(
        201, demo.signUp("during@mailinator.com"), "switched off: the sign-up goes through");
    browser.screenshot("plain-demo-console-switched-off");

    change(BEFORE_HOOK, "switch-on", "partner done");
    browser.until(ExpectedConditions.attributeToBe(BEFORE_HOOK, "data-state", "on"));
    assertEquals(400, demo.signUp("after@mailinator.com"), "on again: rejected");

    browser.await(By.id("tab-history")).click();
    List<WebElement> history = browser.driver().findElements(By.cssSelector("#history-list li"));
    assertEquals(2, history.size());
    assertTrue(
        history.get(0).getText().contains("Switched on BeforeUserCreate"),
        history.get(0).getText());
    assertTrue(history.get(0).getText().contains("by admin"));
    assertTrue(history.get(1).getText().contains("letting a partner's test accounts in"));
    browser.screenshot("plain-demo-console-history");
  }

  @Test
  void theConfirmationIsADialogThatCancelsWithTheKeyboard() {
    signIn();
    WebElement button = browser
        .await(BEFORE_HOOK)
        .findElement(By.cssSelector("button[data-action=\"switch-off\"]"));
    button.sendKeys(Keys.ENTER);
    WebElement why = browser.await(By.id("confirm-why"));
    assertEquals(
        why, browser.driver().switchTo().activeElement(), "the reason field has the focus");
    browser.viewportScreenshot("plain-demo-console-dialog");
    why.sendKeys(Keys.ESCAPE);
    browser.until(ExpectedConditions.invisibilityOfElementLocated(By.id("confirm")));
    assertEquals("on", browser.await(BEFORE_HOOK).getAttribute("data-state"), "nothing changed");

    // Confirming needs a reason: the dialog stays open without one.
    button = browser.await(BEFORE_HOOK).findElement(By.cssSelector("button[data-action]"));
    button.click();
    browser.await(By.id("confirm-ok")).click();
    assertTrue(browser.await(By.id("confirm")).isDisplayed());
    browser.await(By.id("confirm-cancel")).click();
    assertEquals("on", browser.await(BEFORE_HOOK).getAttribute("data-state"));
  }

  @Test
  void aDryRunOfASignUpShowsTheTraceAndABadInputNamesTheField() {
    signIn();
    browser.await(By.id("tab-test")).click();
    new Select(browser.await(By.id("dry-event"))).selectByVisibleText("before-user-create");
    WebElement input = browser.await(By.id("dry-input"));
    assertTrue(
        input.getAttribute("value").contains("\"email\": \"ada@example.com\""),
        input.getAttribute("value"));
    setInput("{\"email\": \"temp@mailinator.com\", \"name\": \"Temp\"}");
    browser.await(By.id("dry-run")).click();
    WebElement row =
        browser.await(By.cssSelector("#dry-hooks .trace-row[data-hook=\"" + BEFORE + "\"]"));
    assertEquals("rejected", row.getAttribute("data-outcome"));
    assertTrue(
        row.getText().contains("Disposable email addresses are not allowed."), row.getText());
    assertTrue(
        browser.await(By.id("dry-threw")).getText().contains("HookAbortedException"),
        browser.await(By.id("dry-threw")).getText());
    browser.screenshot("plain-demo-console-dry-run");

    setInput("{\"email\": \"ada@example.com\", \"name\": \"  Ada  \"}");
    browser.await(By.id("dry-run")).click();
    browser.awaitText(By.id("dry-result"), "\"name\": \"Ada\"");
    assertTrue(
        browser.await(By.cssSelector("#dry-hooks .trace-row")).getText().contains("UserPatch"));

    setInput("{\"email\": \"ada@example.com\", \"emailVerified\": \"yes\"}");
    browser.await(By.id("dry-run")).click();
    browser.awaitText(By.id("dry-error"), "input.emailVerified");
    browser.screenshot("plain-demo-console-dry-run-error");
  }

  @Test
  void onAPhoneNothingScrollsSideways() {
    signIn();
    browser.phone();
    browser.driver().navigate().refresh();
    browser.await(BEFORE_HOOK);
    assertFalse(browser.scrollsSideways(), "the hooks scroll sideways at 375 px");
    browser.screenshot("plain-demo-console-phone");

    browser.await(By.id("tab-test")).click();
    browser.await(By.id("dry-run")).click();
    browser.await(By.cssSelector("#dry-hooks .trace-row"));
    assertFalse(browser.scrollsSideways(), "the dry run scrolls sideways at 375 px");
    browser.screenshot("plain-demo-console-phone-dry-run");

    browser.await(By.id("tab-hooks")).click();
    browser
        .await(BEFORE_HOOK)
        .findElement(By.cssSelector("button[data-action]"))
        .click();
    browser.await(By.id("confirm-why"));
    assertFalse(browser.scrollsSideways(), "the dialog scrolls sideways at 375 px");
    browser.viewportScreenshot("plain-demo-console-phone-dialog");
  }

  @Test
  void withoutASessionThePageSendsTheBrowserToTheLogin() {
    browser.open(demo.uri("/console/").toString());
    browser.await(By.id("token"));
    assertTrue(browser.driver().getCurrentUrl().endsWith("/console/login"));
    browser.await(By.id("token")).sendKeys("wrong");
    browser.await(By.id("sign-in")).click();
    browser.awaitText(By.cssSelector("[role=alert]"), "That is not the admin token.");
  }

  @Test
  void fromTheBrowserTheApiIs401WithoutASessionAndAPostWithoutTheCsrfHeaderIs403()
      throws Exception {
    browser.open(demo.uri("/console/login").toString());
    assertEquals(401L, fetch("GET"), "no session");
    signIn();
    assertEquals(200L, fetch("GET"));
    assertEquals(403L, fetch("POST"), "the session cookie without the CSRF header");
    assertEquals("on", browser.await(BEFORE_HOOK).getAttribute("data-state"));
    browser.driver().navigate().refresh();
    assertEquals("on", browser.await(BEFORE_HOOK).getAttribute("data-state"), "nothing changed");
    assertEquals(400, demo.signUp("still@mailinator.com"), "the hook still runs");
  }

  /**
   * The status of a {@code fetch} the page's own origin makes with its cookies and no CSRF header:
   * a GET of the state, or a POST switching BeforeUserCreate off.
   */
  private long fetch(String method) {
    Object status = ((JavascriptExecutor) browser.driver())
        .executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "const init = {method: arguments[0], credentials: 'same-origin', headers: {}};"
                + "if (arguments[0] === 'POST') {"
                + "  init.headers['Content-Type'] = 'application/json';"
                + "  init.body = JSON.stringify({action: 'switch-off', event: 'before-user-create',"
                + "    hook: '" + BEFORE + "', why: 'forged'});"
                + "}"
                + "fetch('/console/api/' + (arguments[0] === 'POST' ? 'change' : 'state'), init)"
                + "  .then(r => done(r.status), () => done(-1));",
            method);
    return ((Number) status).longValue();
  }

  private void signIn() {
    browser.open(demo.uri("/console/login").toString());
    browser.await(By.id("token")).sendKeys(ConsoleDemo.ADMIN_TOKEN);
    browser.await(By.id("sign-in")).click();
    browser.await(BEFORE_HOOK);
  }

  /** Clicks the hook's button for {@code action}, gives the reason and confirms. */
  private void change(By hook, String action, String why) {
    browser
        .await(hook)
        .findElement(By.cssSelector("button[data-action=\"" + action + "\"]"))
        .click();
    browser.await(By.id("confirm-why")).sendKeys(why);
    browser.await(By.id("confirm-ok")).click();
    browser.awaitText(By.id("status"), "done");
  }

  private void setInput(String json) {
    WebElement input = browser.await(By.id("dry-input"));
    input.clear();
    input.sendKeys(json);
  }
}
