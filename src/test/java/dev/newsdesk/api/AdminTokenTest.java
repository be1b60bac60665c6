package dev.newsdesk.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With NEWSDESK_ADMIN_TOKEN set, writes need it as a bearer token; reads stay open. */
@QuarkusTest
@TestProfile(AdminTokenTest.WithToken.class)
class AdminTokenTest {
  public static class WithToken implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("newsdesk.admin-token", "s3cret-token");
    }
  }

  private static final String ARTICLE = "{\"id\":\"test-guarded\",\"title\":\"Guarded\",\"body\":\"Guarded text.\"}";

  @Test
  void writesWithoutTheRightTokenAreRefusedAndStoreNothing() {
    given().contentType(ContentType.JSON).body(ARTICLE).when().post("/api/articles").then()
        .statusCode(401).body("error", equalTo("unauthorized"));
    given().contentType(ContentType.JSON).header("Authorization", "Bearer wrong").body(ARTICLE)
        .when().post("/api/articles").then().statusCode(401);
    given().when().get("/api/articles/test-guarded").then().statusCode(404);
  }

  @Test
  void writesWithTheTokenWork() {
    given().contentType(ContentType.JSON).header("Authorization", "Bearer s3cret-token").body(ARTICLE)
        .when().post("/api/articles").then().statusCode(201);
    given().when().get("/api/articles/test-guarded").then().statusCode(200);
    given().when().delete("/api/articles/test-guarded").then().statusCode(401);
    given().header("Authorization", "Bearer s3cret-token").when().delete("/api/articles/test-guarded")
        .then().statusCode(204);
  }
}
