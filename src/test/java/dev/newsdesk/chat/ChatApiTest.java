package dev.newsdesk.chat;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.testing.Sse;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.URL;
import org.junit.jupiter.api.Test;

/** The chat API on the bundled sample, with the extractive answerer (no LLM configured). */
@QuarkusTest
class ChatApiTest {
  static final String SUMMIT = "When did the second summit happen?";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TestHTTPResource("/api/chat/stream")
  URL streamUrl;

  private static Response ask(String body) {
    return given().contentType(ContentType.JSON).body(body).when().post("/api/chat");
  }

  @Test
  void answersTheSummitQuestionWithJuneAndPyongyangCitingTheReutersStory() {
    ask("{\"question\":\"" + SUMMIT + "\"}").then()
        .statusCode(200)
        .body("mode", equalTo("extractive"))
        .body("found", is(true))
        .body("answer", containsString("June"))
        .body("answer", containsString("Pyongyang"))
        .body("answer", containsString("[1]"))
        .body("conversationId", notNullValue())
        .body("citations", hasSize(1))
        .body("citations[0].n", equalTo(1))
        .body("citations[0].source", equalTo("Reuters"))
        .body("citations[0].title", containsString("Kim"))
        .body("citations[0].publishedAt", equalTo("2024-08-16T00:00:00Z"))
        .body("citations[0].quote", containsString("second summit meeting in less than a year in June in Pyongyang"));
  }

  @Test
  void everyMarkerInTheAnswerHasItsCitationAndEveryCitationIsUsed() {
    for (String question : new String[] {SUMMIT, "What does ultraprocessed food do to the brain?",
        "How much did the Renaissance concert film earn?"}) {
      JsonNode reply = json(ask("{\"question\":\"" + question + "\"}").then().statusCode(200).extract().asString());
      String answer = reply.get("answer").asText();
      JsonNode citations = reply.get("citations");
      for (int n = 1; n <= citations.size(); n++) {
        assertTrue(answer.contains("[" + n + "]"), question + ": citation " + n + " unused in " + answer);
        assertEquals(n, citations.get(n - 1).get("n").asInt());
      }
      assertFalse(answer.contains("[" + (citations.size() + 1) + "]"), question + ": marker without citation");
    }
  }

  @Test
  void anOffTopicQuestionGetsTheNotFoundAnswerAndNoCitation() {
    ask("{\"question\":\"Who won the 2022 World Cup?\"}").then()
        .statusCode(200)
        .body("found", is(false))
        .body("answer", equalTo("I could not find this in the news archive."))
        .body("citations", empty());
  }

  @Test
  void aFollowUpInTheSameConversationIsUnderstood() {
    String conversation = ask("{\"question\":\"" + SUMMIT + "\"}").then().statusCode(200)
        .extract().path("conversationId");
    ask("{\"question\":\"Where was it held?\",\"conversationId\":\"" + conversation + "\"}").then()
        .statusCode(200)
        .body("conversationId", equalTo(conversation))
        .body("found", is(true))
        .body("answer", containsString("Pyongyang"))
        .body("citations[0].source", equalTo("Reuters"));
  }

  @Test
  void withoutTheConversationTheFollowUpIsNotAboutTheSummit() {
    String answer = ask("{\"question\":\"Where was it held?\"}").then().statusCode(200).extract().path("answer");
    assertFalse(answer.contains("Pyongyang"), answer);
  }

  @Test
  void streamsTokensThenCitationsThenTheWholeAnswer() throws Exception {
    Sse.Response response = Sse.post(streamUrl.toString(), "{\"question\":\"" + SUMMIT + "\"}");
    assertEquals(200, response.status());
    assertTrue(response.contentType().startsWith("text/event-stream"), response.contentType());
    assertTrue(response.named("token").size() > 5, "expected many token events");
    String streamed = String.join("", response.named("token").stream()
        .map(e -> json(e.data()).get("text").asText()).toList());
    JsonNode done = json(response.named("done").get(0).data());
    assertEquals(done.get("answer").asText(), streamed.strip());
    assertTrue(streamed.contains("June"));
    JsonNode citations = json(response.named("citations").get(0).data());
    assertEquals("Reuters", citations.get(0).get("source").asText());
    assertEquals(done.get("citations"), citations);
    assertEquals("done", response.events().get(response.events().size() - 1).name());
  }

  @Test
  void aSourceFilterKeepsAnswersToThatSource() {
    ask("{\"question\":\"" + SUMMIT + "\",\"filter\":{\"sources\":[\"Engadget\"]}}").then()
        .statusCode(200)
        .body("citations.source", org.hamcrest.Matchers.everyItem(equalTo("Engadget")));
    ask("{\"question\":\"" + SUMMIT + "\",\"filter\":{\"to\":\"2023-12-31\"}}").then()
        .statusCode(200)
        .body("citations.source", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("Reuters")));
  }

  @Test
  void badQuestionsGetA400WithAJsonBodySayingWhatIsWrong() {
    ask("{\"question\":\"   \"}").then().statusCode(400)
        .body("error", equalTo("invalid_question")).body("detail", containsString("must not be empty"));
    ask("{}").then().statusCode(400).body("error", equalTo("invalid_question"));
    ask("{\"question\":\"" + "x".repeat(1001) + "\"}").then().statusCode(400)
        .body("error", equalTo("invalid_question")).body("detail", containsString("limit is 1000"));
    ask("{\"question\": \"When\"").then().statusCode(400)
        .contentType(ContentType.JSON).body("error", equalTo("malformed_json"));
    ask("{\"question\":\"x\",\"conversationId\":\"bad id!\"}").then().statusCode(400)
        .body("error", equalTo("invalid_conversation_id"));
    ask("{\"question\":\"x\",\"filter\":{\"from\":\"last week\"}}").then().statusCode(400)
        .body("error", equalTo("invalid_filter"));
  }

  @Test
  void aBadStreamRequestIsAPlain400NotAStream() throws Exception {
    Sse.Response response = Sse.post(streamUrl.toString(), "{\"question\":\"\"}");
    assertEquals(400, response.status());
    assertEquals("invalid_question", json(response.rawBody()).get("error").asText());
  }

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + text, e);
    }
  }
}
