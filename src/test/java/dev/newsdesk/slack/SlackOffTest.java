package dev.newsdesk.slack;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Without Slack tokens the service runs normally and the Slack endpoints are not there. */
@QuarkusTest
class SlackOffTest {
  @Test
  void slackEndpointsAnswer404() {
    for (String path : new String[] {"/slack/events", "/slack/commands", "/slack/interactivity"}) {
      given().contentType("application/json").body("{\"type\":\"url_verification\",\"challenge\":\"x\"}")
          .when().post(path).then().statusCode(404)
          .body("error", equalTo("not_found")).body("detail", containsString("NEWSDESK_SLACK_BOT_TOKEN"));
    }
    given().when().get("/q/health/ready").then().statusCode(200);
  }
}
