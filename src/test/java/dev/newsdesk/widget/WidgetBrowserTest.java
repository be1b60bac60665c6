package dev.newsdesk.widget;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The widget in a real headless Chromium, embedded in pages of another origin, against the running
 * service on the bundled sample.
 */
@QuarkusTest
class WidgetBrowserTest {
  private static HostPages site;

  @TestHTTPResource("/")
  URL newsdesk;

  private Browser browser;

  @BeforeAll
  static void startSite() throws Exception {
    site = new HostPages();
  }

  @AfterAll
  static void stopSite() {
    if (site != null) {
      site.close();
    }
  }

  @BeforeEach
  void startBrowser() throws Exception {
    browser = new Browser(1280, 900);
  }

  @AfterEach
  void stopBrowser() {
    browser.close();
  }

  private String base() {
    String s = newsdesk.toString();
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }

  private void openLauncher(String page) {
    browser.open(site.url("127.0.0.1", page, base()));
    browser.find(".launcher").click();
    browser.waitFor(d -> browser.find(".panel").isDisplayed());
  }

  @Test
  void answersTheSummitQuestionAndItsCitationOpensTheReutersPassage() throws Exception {
    openLauncher("launcher.html");
    WebElement answer = browser.ask("When did the second summit happen?");
    assertTrue(answer.getText().contains("June"), answer.getText());

    WebElement cite = answer.findElement(By.cssSelector(".cite"));
    assertEquals("1", cite.getText());
    cite.click();
    WebElement card = browser.waitFor(d -> browser.find(".card"));
    assertTrue(card.getText().contains("Reuters"), card.getText());
    assertTrue(card.getText().contains("second summit meeting in less than a year in June in Pyongyang"), card.getText());
    String href = card.findElement(By.cssSelector("a")).getAttribute("href");
    assertTrue(href.contains("/articles/") && href.contains("#:~:text="), href);
    assertEquals("true", cite.getAttribute("aria-expanded"));

    // The numbered sources under the answer match its markers exactly.
    List<WebElement> sources = answer.findElements(By.cssSelector(".sources li"));
    List<WebElement> markers = answer.findElements(By.cssSelector(".cite"));
    assertEquals(sources.size(), markers.stream().map(m -> m.getText()).distinct().count());
    assertTrue(sources.get(0).getText().contains("North Korea"), sources.get(0).getText());

    String screenshot = System.getProperty("widget.screenshot");
    if (screenshot != null) {
      Files.write(Path.of(screenshot), browser.driver.getScreenshotAs(OutputType.BYTES));
    }
  }

  @Test
  void theConversationSurvivesAReloadAndTheFollowUpContinuesIt() {
    openLauncher("launcher.html");
    browser.ask("When did the second summit happen?");
    browser.driver.navigate().refresh();
    browser.waitFor(d -> browser.find(".panel").isDisplayed());
    assertEquals(2, browser.findAll(".msg.user, .msg.assistant:not(.greeting)").size(), "the earlier turn is shown again");

    WebElement answer = browser.ask("Where was it held?");
    assertTrue(answer.getText().contains("Pyongyang"), answer.getText());

    browser.find(".new").click();
    assertEquals(0, browser.findAll(".msg.user").size());
    WebElement fresh = browser.ask("Where was it held?");
    assertFalse(fresh.getText().contains("Pyongyang"), "a new conversation forgets the summit: " + fresh.getText());
  }

  @Test
  void anArticleHoldingAnXssPayloadRendersInert() {
    String payload = "The Quillfeather council approved the harbour budget <img src=x onerror=\"window.__xss=1\">"
        + " <script>window.__xss=2</script> on Tuesday.";
    given().contentType(ContentType.JSON)
        .body("{\"id\":\"test-xss\",\"title\":\"<script>window.__xss=3</script>Quillfeather budget\","
            + "\"body\":\"" + payload.replace("\"", "\\\"") + "\"}")
        .when().post("/api/articles").then().statusCode(201);
    try {
      openLauncher("launcher.html");
      WebElement answer = browser.ask("What did the Quillfeather council approve?");
      assertTrue(answer.getText().contains("<img src=x onerror="), "the payload shows as text: " + answer.getText());
      answer.findElement(By.cssSelector(".cite")).click();
      WebElement card = browser.waitFor(d -> browser.find(".card"));
      assertTrue(card.getText().contains("<script>window.__xss=3</script>Quillfeather budget"), card.getText());
      assertNull(browser.js("return window.__xss;"), "no injected script ran");
      assertEquals(0L, browser.js(
          "return document.querySelector('newsdesk-widget').shadowRoot.querySelectorAll('img, script').length;"));
      assertEquals(0L, browser.js("return document.querySelectorAll('img').length;"));
    } finally {
      given().when().delete("/api/articles/test-xss").then().statusCode(204);
    }
  }

  @Test
  void aHostPageThatRestylesEveryElementStillGetsAWorkingReadableWidget() {
    browser.open(site.url("127.0.0.1", "hostile.html", base()));
    WebElement launcher = browser.find(".launcher");
    assertTrue(launcher.isDisplayed());
    assertNotEquals("48px", launcher.getCssValue("font-size"));
    assertNotEquals("rgba(0, 0, 0, 0)", launcher.getCssValue("color"));
    launcher.click();
    WebElement answer = browser.ask("When did the second summit happen?");
    assertTrue(answer.isDisplayed());
    assertTrue(answer.getText().contains("June"), answer.getText());
    assertNotEquals("48px", answer.getCssValue("font-size"));
    assertNotEquals("rgba(0, 0, 0, 0)", answer.getCssValue("color"));
    assertTrue(browser.find("textarea").isDisplayed());
  }

  @Test
  void aKeyboardAloneCanOpenAskAndClose() {
    browser.open(site.url("127.0.0.1", "launcher.html", base()));
    new Actions(browser.driver).sendKeys(Keys.TAB).perform();
    assertEquals("launcher", activeClass());
    new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
    browser.waitFor(d -> browser.find(".panel").isDisplayed());
    assertEquals("textarea", browser.js(
        "return document.querySelector('newsdesk-widget').shadowRoot.activeElement.tagName.toLowerCase();"));

    int before = browser.findAll(".msg.assistant").size();
    new Actions(browser.driver).sendKeys("When did the second summit happen?").sendKeys(Keys.ENTER).perform();
    browser.waitFor(d -> browser.findAll(".msg.assistant:not(.pending)").size() > before);

    new Actions(browser.driver).sendKeys(Keys.ESCAPE).perform();
    browser.waitFor(d -> !browser.find(".panel").isDisplayed());
    assertEquals("launcher", activeClass(), "focus returns to the launcher");
    assertEquals("dialog", browser.find(".panel").getAttribute("role"));
    assertEquals("log", browser.find(".log").getAttribute("role"));
    assertEquals("polite", browser.find(".log").getAttribute("aria-live"));
  }

  @Test
  void itIsUsableAt320PixelsWide() throws Exception {
    browser.close();
    browser = new Browser(320, 640);
    openLauncher("launcher.html");
    WebElement panel = browser.find(".panel");
    assertTrue(panel.getRect().getWidth() <= 320, "panel is " + panel.getRect().getWidth() + " px wide");
    WebElement answer = browser.ask("When did the second summit happen?");
    assertTrue(answer.getRect().getX() >= 0 && answer.getRect().getX() + answer.getRect().getWidth() <= 320);
    assertTrue(browser.find(".send").isDisplayed());
  }

  @Test
  void aPageOnAnOriginNotAllowedIsRefusedAndTheReaderIsToldPolitely() {
    browser.open(site.url("127.0.0.2", "launcher.html", base()));
    browser.find(".launcher").click();
    browser.find("textarea").sendKeys("When did the second summit happen?\n");
    WebElement error = browser.waitFor(d -> browser.find(".error"));
    assertTrue(error.getText().contains("Sorry, something went wrong"), error.getText());
    assertTrue(browser.find(".error .retry").isDisplayed());
  }

  @Test
  void onAnArticlePageAnswersFavourThatArticle() {
    given().contentType(ContentType.JSON)
        .body("{\"id\":\"test-lagoon-page\",\"title\":\"Lagoon ferry timetable changes\",\"url\":\"https://gazette.example/ferry\","
            + "\"source\":\"Test Gazette\",\"body\":\"The second ferry of the day will leave at noon from June, the harbour office said.\"}")
        .when().post("/api/articles").then().statusCode(201);
    try {
      browser.open(site.url("127.0.0.1", "article.html", base(), "article_url", "https://gazette.example/ferry",
          "scope", "boost"));
      browser.find(".launcher").click();
      WebElement answer = browser.ask("When does the second one leave?");
      answer.findElement(By.cssSelector(".cite")).click();
      WebElement card = browser.waitFor(d -> browser.find(".card"));
      assertTrue(card.getText().contains("Lagoon ferry timetable changes"), card.getText());
    } finally {
      given().when().delete("/api/articles/test-lagoon-page").then().statusCode(204);
    }
  }

  private String activeClass() {
    return (String) browser.js(
        "const a = document.activeElement; if (!a || a.tagName.toLowerCase() !== 'newsdesk-widget') return null;"
            + " const s = a.shadowRoot.activeElement; return s ? s.className : null;");
  }
}
