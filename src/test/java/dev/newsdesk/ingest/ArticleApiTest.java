package dev.newsdesk.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Adding, reading and deleting articles through HTTP, and what bad input gets back. */
@QuarkusTest
class ArticleApiTest {

  private static int passagesFound(String query) {
    return given().queryParam("q", query).queryParam("k", 20).when().get("/api/search")
        .then().statusCode(200).extract().path("passages.findAll { it.articleId == 'test-lagoon' }.size()");
  }

  @Test
  void anAddedArticleIsSearchableAnsweredFromReplacedOnReingestAndGoneWhenDeleted() {
    String article = """
        {"id":"test-lagoon","title":"Lagoon town elects its first mayor","source":"Test Gazette",
         "url":"https://gazette.example/lagoon","publishedAt":"2025-03-02",
         "body":"The lagoon town of Zellowmere elected Marta Quibbleston as its first mayor on Sunday. She won 61 percent of the vote."}""";
    given().contentType(ContentType.JSON).body(article).when().post("/api/articles").then()
        .statusCode(201)
        .body("stored", equalTo(1))
        .body("results[0].id", equalTo("test-lagoon"))
        .body("results[0].passages", equalTo(1));

    given().contentType(ContentType.JSON).body("{\"question\":\"Who was elected mayor of Zellowmere?\"}")
        .when().post("/api/chat").then().statusCode(200)
        .body("answer", containsString("Marta Quibbleston"))
        .body("citations[0].articleId", equalTo("test-lagoon"))
        .body("citations[0].url", equalTo("https://gazette.example/lagoon"));

    given().when().get("/api/articles/test-lagoon").then().statusCode(200)
        .body("title", equalTo("Lagoon town elects its first mayor"))
        .body("publishedAt", equalTo("2025-03-02T00:00:00Z"))
        .body("updatedAt", not(nullValue()));

    // The same id again with a corrected body replaces the old passages.
    given().contentType(ContentType.JSON)
        .body(article.replace("Marta Quibbleston", "Marta Quibbleston-Ray").replace("61 percent", "62 percent"))
        .when().post("/api/articles").then().statusCode(201);
    given().queryParam("q", "Zellowmere mayor").queryParam("k", 20).when().get("/api/search").then()
        .statusCode(200)
        .body("passages.findAll { it.articleId == 'test-lagoon' }", hasSize(1))
        .body("passages.find { it.articleId == 'test-lagoon' }.text", containsString("62 percent"));

    given().when().delete("/api/articles/test-lagoon").then().statusCode(204);
    given().when().get("/api/articles/test-lagoon").then().statusCode(404).body("error", equalTo("not_found"));
    given().when().delete("/api/articles/test-lagoon").then().statusCode(404);
    org.junit.jupiter.api.Assertions.assertEquals(0, passagesFound("Zellowmere mayor"));
  }

  @Test
  void aBatchStoresTheGoodArticlesAndReportsTheBadOnes() {
    String batch = """
        [{"id":"test-batch-good","title":"Good one","body":"Quorvex shipped its first widget."},
         {"id":"test-batch-nobody","title":"No body"},
         {"id":"test-batch-baddate","title":"Bad date","body":"x","publishedAt":"31/12/2023"}]""";
    given().contentType(ContentType.JSON).body(batch).when().post("/api/articles").then()
        .statusCode(200)
        .body("stored", equalTo(1))
        .body("refused", equalTo(2))
        .body("results[0].id", equalTo("test-batch-good"))
        .body("results[1].error", equalTo("invalid_article"))
        .body("results[1].detail", containsString("body is required"))
        .body("results[2].detail", containsString("not an ISO-8601 date"));
    given().when().get("/api/articles/test-batch-good").then().statusCode(200);
    given().when().delete("/api/articles/test-batch-good").then().statusCode(204);
  }

  @Test
  void jsonLinesAndPlainTextAreAccepted() {
    given().contentType("application/x-ndjson")
        .body(("{\"id\":\"test-jsonl-1\",\"title\":\"One\",\"body\":\"First line article.\"}\n"
            + "{\"id\":\"test-jsonl-2\",\"title\":\"Two\",\"body\":\"Second line article.\"}\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .when().post("/api/articles").then().statusCode(201).body("stored", equalTo(2));
    String id = given().contentType(ContentType.TEXT)
        .body("Harbour reopens after storm\n\nLISBON (Reuters) - The harbour of Lisbon reopened on Monday.\n(Reporting by Ana Silva)")
        .when().post("/api/articles").then().statusCode(201).extract().path("results[0].id");
    given().when().get("/api/articles/" + id).then().statusCode(200)
        .body("title", equalTo("Harbour reopens after storm"))
        .body("source", equalTo("Reuters"))
        .body("place", equalTo("LISBON"))
        .body("byline", equalTo("Reporting by Ana Silva"))
        .body("body", equalTo("The harbour of Lisbon reopened on Monday."));
    for (String stored : new String[] {"test-jsonl-1", "test-jsonl-2", id}) {
      given().when().delete("/api/articles/" + stored).then().statusCode(204);
    }
  }

  @Test
  void badArticlesGet400sAndNothingStoredIsLost() {
    int before = given().when().get("/q/health/ready").then().extract().path("checks[0].data.articles");
    given().contentType(ContentType.JSON).body("{\"title\":\"No body\"}").when().post("/api/articles").then()
        .statusCode(400).body("error", equalTo("invalid_article")).body("detail", containsString("body is required"));
    given().contentType(ContentType.JSON).body("{\"title\":\"x\",\"body\":\"y\",\"publishedAt\":\"soon\"}")
        .when().post("/api/articles").then().statusCode(400).body("detail", containsString("ISO-8601"));
    given().contentType(ContentType.JSON).body("[{\"title\": ").when().post("/api/articles").then()
        .statusCode(400).body("error", equalTo("malformed_body"));
    given().contentType(ContentType.JSON).body("").when().post("/api/articles").then()
        .statusCode(400).body("error", equalTo("malformed_body"));
    given().when().get("/api/articles/no-such-article").then().statusCode(404)
        .body("detail", containsString("no-such-article"));
    given().when().get("/q/health/ready").then().statusCode(200)
        .body("checks[0].data.articles", equalTo(before));
    org.junit.jupiter.api.Assertions.assertTrue(before > 20);
  }

  @Test
  void searchReturnsPassagesWithTheirArticlesAndRefusesBadParameters() {
    given().queryParam("q", "second summit Pyongyang").queryParam("k", 3).when().get("/api/search").then()
        .statusCode(200)
        .body("passages", hasSize(3))
        .body("passages[0].source", equalTo("Reuters"))
        .body("passages[0].text", containsString("Pyongyang"))
        .body("passages[0].score", greaterThan(0f));
    given().when().get("/api/search").then().statusCode(400).body("error", equalTo("invalid_query"));
    given().queryParam("q", "x").queryParam("k", 1000).when().get("/api/search").then().statusCode(400)
        .body("error", equalTo("invalid_k"));
    given().queryParam("q", "x").queryParam("k", "many").when().get("/api/search").then().statusCode(400)
        .body("error", equalTo("invalid_k"));
  }
}
