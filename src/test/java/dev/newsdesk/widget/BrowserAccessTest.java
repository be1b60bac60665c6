package dev.newsdesk.widget;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Which origins may call the chat API from a browser, at the HTTP level; and the widget's pages. */
@QuarkusTest
class BrowserAccessTest {
  private static final String QUESTION = "{\"question\":\"When did the second summit happen?\"}";

  @Test
  void aListedOriginGetsTheAnswerWithCorsHeaders() {
    given().header("Origin", "https://news.example").contentType(ContentType.JSON).body(QUESTION)
        .when().post("/api/chat").then().statusCode(200)
        .header("Access-Control-Allow-Origin", equalTo("https://news.example"))
        .header("Access-Control-Expose-Headers", containsString("Retry-After"));
  }

  @Test
  void localhostIsAllowedByDefault() {
    given().header("Origin", "http://localhost:3000").contentType(ContentType.JSON).body(QUESTION)
        .when().post("/api/chat").then().statusCode(200)
        .header("Access-Control-Allow-Origin", equalTo("http://localhost:3000"));
  }

  @Test
  void anOriginNotOnTheListIsRefusedWithAJsonError() {
    given().header("Origin", "https://evil.example").contentType(ContentType.JSON).body(QUESTION)
        .when().post("/api/chat").then().statusCode(403)
        .header("Access-Control-Allow-Origin", nullValue())
        .body("error", equalTo("origin_not_allowed"))
        .body("detail", containsString("NEWSDESK_WIDGET_ALLOWED_ORIGINS"));
    given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
        .when().options("/api/chat/stream").then().statusCode(403);
  }

  @Test
  void aPreflightFromAListedOriginIsAnswered() {
    given().header("Origin", "https://news.example").header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "content-type")
        .when().options("/api/chat/stream").then().statusCode(204)
        .header("Access-Control-Allow-Origin", equalTo("https://news.example"))
        .header("Access-Control-Allow-Methods", containsString("POST"))
        .header("Access-Control-Allow-Headers", containsString("Content-Type"));
  }

  @Test
  void theScriptTheDemoAndTheDocumentationAreServed() {
    given().when().get("/widget.js").then().statusCode(200)
        .contentType(containsString("javascript")).body(containsString("attachShadow"));
    given().when().get("/").then().statusCode(200).body(containsString("/widget.js"));
    given().when().get("/widget.html").then().statusCode(200).body(containsString("data-article-url"));
  }

  @Test
  void theArticlePageEscapesTheArticle() {
    given().contentType(ContentType.JSON)
        .body("{\"id\":\"test-page\",\"title\":\"<b>Bold</b> claim\",\"body\":\"Text with <script>x()</script> in it.\"}")
        .when().post("/api/articles").then().statusCode(201);
    try {
      given().when().get("/articles/test-page").then().statusCode(200)
          .contentType(containsString("text/html"))
          .body(containsString("&lt;b&gt;Bold&lt;/b&gt; claim"))
          .body(containsString("&lt;script&gt;x()&lt;/script&gt;"));
    } finally {
      given().when().delete("/api/articles/test-page").then().statusCode(204);
    }
  }
}
