package dev.hookwire.console;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium for browser tests, driven by Selenium: Debian's {@code chromium} and {@code
 * chromium-driver} packages ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}), both given
 * explicitly, so Selenium Manager never looks for or downloads anything. Each instance has a fresh
 * profile in a temporary directory, removed at {@link #close()}.
 *
 * <pre>{@code
 * try (HeadlessChromium browser = HeadlessChromium.start()) {
 *   browser.driver().get(base + "/console/");
 *   browser.await(By.cssSelector(".hook"));
 *   browser.screenshot("console-desktop");   // target/screenshots/console-desktop.png
 *   browser.phone();                          // a 375 px wide phone
 * }
 * }</pre>
 *
 * When either program is missing the test is aborted (a JUnit assumption) with how to install
 * them, except when the environment variable {@code CI} is {@code true}: there it fails, since
 * {@code .ci/run} installs them. Published in {@code hooks-console}'s test-jar for the other
 * modules' browser tests ({@code <type>test-jar</type>}, scope test, with {@code selenium-java}).
 */
public final class HeadlessChromium implements AutoCloseable {
  /** Debian's Chromium. */
  public static final Path BROWSER = Path.of("/usr/bin/chromium");

  /** Debian's chromedriver, of the same version. */
  public static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  /** Where {@link #screenshot} writes, relative to the module being tested. */
  public static final Path SCREENSHOTS = Path.of("target", "screenshots");

  /** The desktop window: 1280 CSS pixels wide. */
  public static final int DESKTOP_WIDTH = 1280;

  /** The phone's viewport: 375 CSS pixels wide, as an iPhone's. */
  public static final int PHONE_WIDTH = 375;

  private static final Duration WAIT = Duration.ofSeconds(10);

  private final Path profile;
  private final ChromeDriver driver;

  private HeadlessChromium(Path profile, ChromeDriver driver) {
    this.profile = profile;
    this.driver = driver;
  }

  /**
   * Starts a headless Chromium with a 1280 x 900 window.
   *
   * @throws org.opentest4j.TestAbortedException when Chromium or chromedriver is missing, outside
   *     CI
   */
  public static HeadlessChromium start() {
    requireInstalled();
    Path profile;
    try {
      profile = Files.createTempDirectory("hookwire-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort()
        .withLogFile(new File(profile.toFile(), "chromedriver.log"))
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--disable-dev-shm-usage",
        "--user-data-dir=" + profile.resolve("profile"),
        "--window-size=" + DESKTOP_WIDTH + ",900");
    try {
      return new HeadlessChromium(profile, new ChromeDriver(service, options));
    } catch (RuntimeException e) {
      delete(profile);
      throw e;
    }
  }

  /** Aborts the test, or in CI fails it, when Chromium or chromedriver is not installed. */
  public static void requireInstalled() {
    if (Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER)) {
      return;
    }
    String missing = (Files.isExecutable(BROWSER) ? "" : BROWSER + " ")
        + (Files.isExecutable(DRIVER) ? "" : DRIVER + " ");
    if ("true".equals(System.getenv("CI"))) {
      fail("The browser tests need Chromium and chromedriver, and " + missing.strip()
          + " is missing: .ci/run installs them (apt-get install chromium chromium-driver);"
          + " run it, or install them, before mvn verify.");
    }
    Assumptions.abort("Skipped: the browser tests need Chromium and chromedriver (missing: "
        + missing.strip() + "). Install them with: sudo apt-get install chromium chromium-driver");
  }

  /** The Selenium driver. */
  public WebDriver driver() {
    return driver;
  }

  /** Opens {@code url}. */
  public void open(String url) {
    driver.get(url);
  }

  /** The first element {@code by} finds once it is visible, waiting up to 10 seconds. */
  public WebElement await(By by) {
    return until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /** Waits up to 10 seconds until the element {@code by} finds shows {@code text}. */
  public void awaitText(By by, String text) {
    until(ExpectedConditions.textToBePresentInElementLocated(by, text));
  }

  /**
   * Waits up to 10 seconds until {@code condition} holds (is neither null nor false), asking again
   * when the element it looked at was drawn anew meanwhile.
   */
  public <T> T until(Function<? super WebDriver, T> condition) {
    return new WebDriverWait(driver, WAIT)
        .ignoring(StaleElementReferenceException.class)
        .until(condition::apply);
  }

  /** Runs {@code script} in the page and returns what it returns. */
  public Object script(String script, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(script, arguments);
  }

  /** A desktop: a 1280 CSS pixel wide viewport, not a mobile one. */
  public void desktop() {
    driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
  }

  /**
   * A phone: a 375 x 812 CSS pixel viewport with a device scale of 2, mobile (the page's {@code
   * <meta name="viewport">} applies), as Chrome's device toolbar emulates one.
   */
  public void phone() {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", PHONE_WIDTH, "height", 812, "deviceScaleFactor", 2, "mobile", true));
  }

  /** Whether the page is wider than the viewport: on a phone, it would scroll sideways. */
  public boolean scrollsSideways() {
    return (Boolean) script(
        "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
  }

  /**
   * Saves a PNG of the whole page (not only the viewport) as {@code
   * target/screenshots/<name>.png}, and returns its path.
   */
  public Path screenshot(String name) {
    Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    Map<?, ?> content = (Map<?, ?>) metrics.get("cssContentSize");
    Number width = (Number) content.get("width");
    Number height = (Number) content.get("height");
    String data = (String) driver
        .executeCdpCommand(
            "Page.captureScreenshot",
            Map.of(
                "format",
                "png",
                "captureBeyondViewport",
                true,
                "clip",
                Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)))
        .get("data");
    return write(name, OutputType.BYTES.convertFromBase64Png(data));
  }

  /**
   * Saves a PNG of what the viewport shows (a modal dialog over the page as the user sees it) as
   * {@code target/screenshots/<name>.png}, and returns its path.
   */
  public Path viewportScreenshot(String name) {
    return write(name, driver.getScreenshotAs(OutputType.BYTES));
  }

  private static Path write(String name, byte[] png) {
    Path file = SCREENSHOTS.resolve(name + ".png");
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.write(file, png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      delete(profile);
    }
  }

  private static void delete(Path directory) {
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary directory left behind: nothing to fail a test for
    }
  }
}
