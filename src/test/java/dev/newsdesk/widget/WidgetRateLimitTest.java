package dev.newsdesk.widget;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/** Past the per-minute limit, the API answers 429 with Retry-After and the widget says so politely. */
@QuarkusTest
@TestProfile(WidgetRateLimitTest.TwoPerMinute.class)
class WidgetRateLimitTest {
  public static class TwoPerMinute implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("newsdesk.widget.rate-limit", "2");
    }
  }

  @TestHTTPResource("/")
  URL newsdesk;

  @Test
  void theThirdQuestionInAMinuteIsRefusedPolitely() throws Exception {
    String base = newsdesk.toString().replaceAll("/$", "");
    try (HostPages site = new HostPages(); Browser browser = new Browser(1280, 900)) {
      browser.open(site.url("127.0.0.1", "launcher.html", base));
      browser.find(".launcher").click();
      browser.ask("When did the second summit happen?");
      browser.ask("Where was it held?");
      browser.find("textarea").sendKeys("And who signed the pact?\n");
      WebElement error = browser.waitFor(d -> browser.find(".error"));
      assertTrue(error.getText().contains("faster than we can answer"), error.getText());
      assertTrue(error.getText().matches("(?s).*wait \\d+ s.*"), error.getText());
      assertTrue(browser.find(".error .retry").isDisplayed());
    }
    // Through plain HTTP too (this client may reach the service over another loopback address, so
    // it may have requests of its own left).
    int status = 0;
    for (int i = 0; i < 3 && status != 429; i++) {
      status = given().contentType(ContentType.JSON).body("{\"question\":\"When did the second summit happen?\"}")
          .when().post("/api/chat").then().extract().statusCode();
    }
    given().contentType(ContentType.JSON).body("{\"question\":\"x\"}").when().post("/api/chat").then()
        .statusCode(429)
        .header("Retry-After", notNullValue())
        .body("error", equalTo("rate_limited"));
  }
}
