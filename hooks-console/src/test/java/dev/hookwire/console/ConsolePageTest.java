package dev.hookwire.console;

import static dev.hookwire.console.ConsoleFixture.GATE;
import static dev.hookwire.console.ConsoleFixture.HOOKS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The page in headless Chromium over the test hooks, which have a versioned hook: deploy version
 * 2 and roll back through the dialog, the CSRF header on every POST, what a failed request shows.
 */
class ConsolePageTest {
  private static final By LIVE = hook("before-user-create", GATE);
  private static final By DARK = hook("before-user-create", HOOKS + "GateSignupStrict");

  private ConsoleFixture service;
  private PageHost host;
  private HeadlessChromium browser;

  @BeforeEach
  void start() throws Exception {
    HeadlessChromium.requireInstalled();
    service = new ConsoleFixture();
    host = new PageHost(service.console);
    browser = HeadlessChromium.start();
    browser.open(host.url());
    browser.await(LIVE);
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.close();
    }
    if (host != null) {
      host.close();
    }
    if (service != null) {
      service.close();
    }
  }

  @Test
  void deploysVersionTwoAndRollsBackThroughTheConfirmation() {
    WebElement dark = browser.await(DARK);
    assertTrue(dark.getText().contains("version 2, not live (version 1 is)"), dark.getText());
    dark.findElement(By.cssSelector("button[data-action=\"deploy\"]")).click();
    browser.awaitText(By.id("confirm-text"), "Deploy version 2 of GateSignup");
    browser.await(By.id("confirm-why")).sendKeys("stricter checks");
    browser.viewportScreenshot("console-page-deploy-dialog");
    browser.await(By.id("confirm-ok")).click();
    browser.until(ExpectedConditions.attributeToBe(DARK, "data-state", "on"));
    assertEquals("off", browser.await(LIVE).getAttribute("data-state"));
    assertEquals("2", service.runtime.liveVersions().get("before-user-create/" + GATE));
    browser.screenshot("console-page-deployed");

    browser
        .await(DARK)
        .findElement(By.cssSelector("button[data-action=\"rollback\"]"))
        .click();
    browser.awaitText(By.id("confirm-text"), "back to version 1");
    browser.await(By.id("confirm-why")).sendKeys("too many rejections");
    browser.await(By.id("confirm-ok")).click();
    browser.until(ExpectedConditions.attributeToBe(LIVE, "data-state", "on"));
    assertEquals("1", service.runtime.liveVersions().get("before-user-create/" + GATE));

    browser.await(By.id("tab-history")).click();
    List<String> lines = browser.driver().findElements(By.cssSelector("#history-list li")).stream()
        .map(WebElement::getText)
        .toList();
    assertEquals(2, lines.size(), lines.toString());
    assertTrue(
        lines.get(0).contains("Rolled back GateSignup of before-user-create: version 2 → 1"),
        lines.get(0));
    assertTrue(lines.get(0).contains("by tester") && lines.get(0).contains("too many rejections"));
    assertTrue(lines.get(1).contains("Deployed GateSignup"), lines.get(1));
    assertEquals(0, host.refused.get(), "every POST carried the CSRF header");
    browser.screenshot("console-page-history");
  }

  @Test
  void aFailedRequestShowsItsStatusOnlyAndA400ItsError() {
    // The cookie gone, the page's POST has no token: the host refuses it with a detail of its own.
    browser.driver().manage().deleteAllCookies();
    browser
        .await(LIVE)
        .findElement(By.cssSelector("button[data-action=\"switch-off\"]"))
        .click();
    browser.await(By.id("confirm-why")).sendKeys("x");
    browser.await(By.id("confirm-ok")).click();
    browser.awaitText(By.id("status"), "The request failed (HTTP 403).");
    assertFalse(browser.await(By.id("status")).getText().contains("secret"));
    assertEquals(1, host.refused.get());

    browser.driver().navigate().refresh(); // the page sets the cookie again
    browser.await(By.id("tab-test")).click();
    WebElement input = browser.await(By.id("dry-input"));
    input.clear();
    input.sendKeys("{\"emial\": \"a@example.com\"}");
    browser.await(By.id("dry-run")).click();
    browser.awaitText(
        By.id("dry-error"),
        "The field 'input.emial' is not a field of User: did you mean 'email'?");
  }

  @Test
  void theVersionsAndCountsShowOnAPhoneWithoutScrollingSideways() {
    service.wiring.beforeUserCreate(
        ConsoleFixture.user("a@example.com", "A"), service.hostContext());
    browser.phone();
    browser.driver().navigate().refresh();
    WebElement live = browser.await(LIVE);
    assertTrue(live.getText().contains("1 run, 0 failures, 0 timeouts"), live.getText());
    assertFalse(browser.scrollsSideways());
    browser.screenshot("console-page-phone");
    browser.desktop();
    browser.driver().navigate().refresh();
    browser.await(LIVE);
    browser.screenshot("console-page-desktop");
  }

  private static By hook(String event, String type) {
    return By.cssSelector(".hook[data-event=\"" + event + "\"][data-hook=\"" + type + "\"]");
  }
}
