package dev.newsdesk.widget;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Debian's chromedriver (installed by .ci/run), never a
 * downloaded browser; with helpers to reach into the widget's shadow root.
 */
final class Browser implements AutoCloseable {
  final ChromeDriver driver;

  Browser(int width, int height) throws IOException {
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--window-size=" + width + "," + height,
        "--user-data-dir=" + Files.createTempDirectory("newsdesk-chromium"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    // A headless window has a minimum width; emulate the screen to test narrow phones.
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        java.util.Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
  }

  void open(String url) {
    driver.get(url);
    waitFor(d -> d.findElements(By.cssSelector("newsdesk-widget")).size() == 1);
  }

  SearchContext widget() {
    return driver.findElement(By.cssSelector("newsdesk-widget")).getShadowRoot();
  }

  WebElement find(String css) {
    return widget().findElement(By.cssSelector(css));
  }

  List<WebElement> findAll(String css) {
    return widget().findElements(By.cssSelector(css));
  }

  <T> T waitFor(Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition);
  }

  private static final String ANSWERS = ".msg.assistant:not(.greeting):not(.pending)";

  /** Types the question, sends it with Enter, and returns the finished answer. */
  WebElement ask(String question) {
    int before = findAll(ANSWERS).size();
    find("textarea").sendKeys(question + "\n");
    return waitFor(d -> {
      List<WebElement> answers = findAll(ANSWERS);
      return answers.size() > before ? answers.get(answers.size() - 1) : null;
    });
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  @Override
  public void close() {
    driver.quit();
  }
}
