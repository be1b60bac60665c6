package dev.newsdesk.slack;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.response.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Slack bot end to end: signed requests built here, the real Bolt app and Slack client,
 * and a local fake of Slack's Web API recording what the bot posts.
 */
@QuarkusTest
@TestProfile(SlackBotTest.WithSlack.class)
class SlackBotTest {
  public static class WithSlack implements QuarkusTestProfile {
    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(new TestResourceEntry(FakeSlackResource.class));
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern MARKER = Pattern.compile("\\[(\\d+)]");

  FakeSlack slack;

  @BeforeEach
  void reset() {
    slack.clear();
  }

  static String sign(String timestamp, String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(FakeSlackResource.SIGNING_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8)));
  }

  private static Response post(String path, String contentType, String body, Map<String, String> extraHeaders)
      throws Exception {
    String ts = String.valueOf(Instant.now().getEpochSecond());
    var request = given()
        .config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
            .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
        .contentType(contentType).body(body)
        .header("X-Slack-Request-Timestamp", ts).header("X-Slack-Signature", sign(ts, body));
    extraHeaders.forEach(request::header);
    return request.when().post(path);
  }

  private static String mention(String eventId, String channel, String ts, String threadTs, String text, String botId) {
    return "{\"token\":\"x\",\"team_id\":\"T1\",\"api_app_id\":\"A1\",\"type\":\"event_callback\",\"event_id\":\""
        + eventId + "\",\"event_time\":1700000000,\"event\":{\"type\":\"app_mention\",\"user\":\"U1\",\"text\":\""
        + text + "\",\"ts\":\"" + ts + "\",\"channel\":\"" + channel + "\",\"event_ts\":\"" + ts + "\""
        + (threadTs == null ? "" : ",\"thread_ts\":\"" + threadTs + "\"")
        + (botId == null ? "" : ",\"bot_id\":\"" + botId + "\"") + "}}";
  }

  private static <T> T eventually(Supplier<T> value, java.util.function.Predicate<T> done) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    T v = value.get();
    while (!done.test(v) && System.nanoTime() < end) {
      Thread.sleep(50);
      v = value.get();
    }
    return v;
  }

  /** The answer's markers and the numbers of its sources are the same set, 1..n. */
  private static void assertSourcesMatchMarkers(JsonNode blocks) {
    String answer = blocks.get(0).get("text").get("text").asText();
    java.util.Set<String> markers = new java.util.TreeSet<>();
    Matcher m = MARKER.matcher(answer);
    while (m.find()) {
      markers.add(m.group(1));
    }
    java.util.Set<String> sources = new java.util.TreeSet<>();
    for (JsonNode block : blocks) {
      String text = block.path("text").path("text").asText("");
      if (text.startsWith("*Sources*")) {
        Matcher s = Pattern.compile("\\*\\[(\\d+)]\\*").matcher(text);
        while (s.find()) {
          sources.add(s.group(1));
        }
      }
    }
    assertTrue(!markers.isEmpty(), "the answer cites: " + answer);
    assertEquals(markers, sources);
  }

  @Test
  void answersTheUrlCheck() throws Exception {
    post("/slack/events", "application/json", "{\"type\":\"url_verification\",\"challenge\":\"c-123\",\"token\":\"x\"}", Map.of())
        .then().statusCode(200).body(containsString("c-123"));
  }

  @Test
  void aMentionGetsExactlyOneThreadedAnswerWhoseSourcesMatchItsMarkers() throws Exception {
    long start = System.nanoTime();
    post("/slack/events", "application/json",
        mention("Ev1", "C1", "1700000001.000100", null, "<@UBOT> When did the second summit happen?", null), Map.of())
        .then().statusCode(200);
    assertTrue(System.nanoTime() - start < 3_000_000_000L, "acknowledged within 3 s");

    List<FakeSlack.Call> updates = eventually(() -> slack.calls("chat.update"), l -> !l.isEmpty());
    Thread.sleep(300);
    List<FakeSlack.Call> posts = slack.calls("chat.postMessage");
    assertEquals(1, posts.size(), "one thinking message");
    assertEquals("1700000001.000100", posts.get(0).params().get("thread_ts"));
    assertTrue(posts.get(0).params().get("text").contains("Looking"));
    assertEquals(1, slack.calls("chat.update").size(), "one answer");
    FakeSlack.Call update = updates.get(0);
    assertTrue(update.params().get("text").contains("June"), update.params().get("text"));
    JsonNode blocks = update.blocks();
    assertSourcesMatchMarkers(blocks);
    String sources = blocks.toString();
    assertTrue(sources.contains("Reuters"), sources);
    assertTrue(sources.contains("https://newsdesk.example/articles/"), "the Reuters story has no URL, so it links to our page");
    assertTrue(sources.contains(SlackBlocks.VOTE_UP) && sources.contains(SlackBlocks.VOTE_DOWN));
  }

  @Test
  void forgedMissingAndStaleSignaturesGet401AndNoAnswer() throws Exception {
    String body = mention("Ev2", "C1", "1700000002.000100", null, "<@UBOT> When did the second summit happen?", null);
    String now = String.valueOf(Instant.now().getEpochSecond());
    given().contentType("application/json").body(body).header("X-Slack-Request-Timestamp", now)
        .header("X-Slack-Signature", "v0=" + "0".repeat(64)).when().post("/slack/events").then().statusCode(401);
    given().contentType("application/json").body(body).when().post("/slack/events").then().statusCode(401);
    String stale = String.valueOf(Instant.now().minus(Duration.ofMinutes(6)).getEpochSecond());
    given().contentType("application/json").body(body).header("X-Slack-Request-Timestamp", stale)
        .header("X-Slack-Signature", sign(stale, body)).when().post("/slack/events").then().statusCode(401);
    Thread.sleep(1000);
    assertEquals(0, slack.calls("chat.postMessage").size());
    assertEquals(0, slack.calls("chat.update").size());
  }

  @Test
  void aRetriedEventAndABotsMessageGetNoAnswer() throws Exception {
    String body = mention("Ev3", "C1", "1700000003.000100", null, "<@UBOT> When did the second summit happen?", null);
    post("/slack/events", "application/json", body, Map.of()).then().statusCode(200);
    eventually(() -> slack.calls("chat.update"), l -> !l.isEmpty());
    post("/slack/events", "application/json", body, Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"))
        .then().statusCode(200);
    post("/slack/events", "application/json",
        mention("Ev4", "C1", "1700000004.000100", null, "<@UBOT> When did the second summit happen?", "B999"), Map.of())
        .then().statusCode(200);
    Thread.sleep(1500);
    assertEquals(1, slack.calls("chat.postMessage").size());
    assertEquals(1, slack.calls("chat.update").size());
  }

  @Test
  void aFollowUpInTheThreadUsesTheEarlierTurn() throws Exception {
    post("/slack/events", "application/json",
        mention("Ev5", "C2", "1700000005.000100", null, "<@UBOT> When did the second summit happen?", null), Map.of());
    eventually(() -> slack.calls("chat.update"), l -> !l.isEmpty());
    post("/slack/events", "application/json",
        mention("Ev6", "C2", "1700000006.000100", "1700000005.000100", "<@UBOT> Where was it held?", null), Map.of());
    List<FakeSlack.Call> updates = eventually(() -> slack.calls("chat.update"), l -> l.size() >= 2);
    String followUp = updates.get(1).params().get("text");
    assertTrue(followUp.contains("Pyongyang"), followUp);
    assertEquals("1700000005.000100", slack.calls("chat.postMessage").get(1).params().get("thread_ts"));
  }

  @Test
  void aDirectMessageIsAnsweredInItsThread() throws Exception {
    String body = "{\"type\":\"event_callback\",\"team_id\":\"T1\",\"api_app_id\":\"A1\",\"event_id\":\"Ev7\","
        + "\"event_time\":1700000000,\"event\":{\"type\":\"message\",\"channel_type\":\"im\",\"user\":\"U1\","
        + "\"text\":\"How much did the Renaissance concert film make?\",\"ts\":\"1700000007.000100\",\"channel\":\"D1\"}}";
    post("/slack/events", "application/json", body, Map.of()).then().statusCode(200);
    List<FakeSlack.Call> updates = eventually(() -> slack.calls("chat.update"), l -> !l.isEmpty());
    assertTrue(updates.get(0).params().get("text").contains("Renaissance"), updates.get(0).params().get("text"));
    assertSourcesMatchMarkers(updates.get(0).blocks());
    assertEquals("1700000007.000100", slack.calls("chat.postMessage").get(0).params().get("thread_ts"));
  }

  @Test
  void askAnswersPrivatelyAndItsButtonsShareTheAnswerAndRecordFeedback() throws Exception {
    String command = "token=x&team_id=T1&channel_id=C3&user_id=U7&command=%2Fask&text="
        + URLEncoder.encode("When did the second summit happen?", StandardCharsets.UTF_8)
        + "&response_url=" + URLEncoder.encode("https://hooks.example/r", StandardCharsets.UTF_8) + "&trigger_id=t1";
    post("/slack/commands", "application/x-www-form-urlencoded", command, Map.of()).then().statusCode(200)
        .body(containsString("Looking through the news archive"));
    List<FakeSlack.Call> ephemeral = eventually(() -> slack.calls("chat.postEphemeral"), l -> !l.isEmpty());
    FakeSlack.Call answer = ephemeral.get(0);
    assertEquals("U7", answer.params().get("user"));
    assertSourcesMatchMarkers(answer.blocks());
    String answerId = null;
    for (JsonNode block : answer.blocks()) {
      for (JsonNode element : block.path("elements")) {
        if (SlackBlocks.SHARE.equals(element.path("action_id").asText())) {
          answerId = element.get("value").asText();
        }
      }
    }
    assertTrue(answerId != null, "a share button");

    post("/slack/interactivity", "application/x-www-form-urlencoded", "payload=" + URLEncoder.encode(
        click(SlackBlocks.SHARE, answerId, "C3", "U7"), StandardCharsets.UTF_8), Map.of()).then().statusCode(200);
    List<FakeSlack.Call> shared = eventually(() -> slack.calls("chat.postMessage"), l -> !l.isEmpty());
    assertEquals("C3", shared.get(0).params().get("channel"));
    assertTrue(shared.get(0).params().get("text").contains("June"));

    post("/slack/interactivity", "application/x-www-form-urlencoded", "payload=" + URLEncoder.encode(
        click(SlackBlocks.VOTE_DOWN, answerId, "C3", "U8"), StandardCharsets.UTF_8), Map.of()).then().statusCode(200);
    JsonNode feedback = JSON.readTree(given().when().get("/api/admin/feedback").then().statusCode(200).extract().asString());
    JsonNode last = feedback.get("feedback").get(feedback.get("count").asInt() - 1);
    assertEquals("down", last.get("vote").asText());
    assertEquals("U8", last.get("user").asText());
    assertEquals("When did the second summit happen?", last.get("question").asText());
    assertTrue(last.get("answer").asText().contains("June"));
    assertEquals("Reuters", last.get("citations").get(0).get("source").asText());
    eventually(() -> slack.calls("chat.postEphemeral"), l -> l.size() >= 2);
    assertTrue(slack.calls("chat.postEphemeral").get(1).params().get("text").contains("Thanks"));
  }

  @Test
  void aRateLimitedCallIsRetriedAfterItsRetryAfter() throws Exception {
    slack.rateLimit("chat.update", 1);
    post("/slack/events", "application/json",
        mention("Ev8", "C4", "1700000008.000100", null, "<@UBOT> When did the second summit happen?", null), Map.of());
    List<FakeSlack.Call> updates = eventually(() -> slack.calls("chat.update"), l -> !l.isEmpty());
    assertEquals(1, updates.size());
    assertEquals(2, slack.calls().stream().filter(c -> c.method().equals("chat.update")).count(), "one 429, one retry");
  }

  @Test
  void aQuestionTheArchiveCannotAnswerIsSaidPlainly() throws Exception {
    post("/slack/events", "application/json",
        mention("Ev9", "C5", "1700000009.000100", null, "<@UBOT> Who won the 2022 World Cup?", null), Map.of());
    List<FakeSlack.Call> updates = eventually(() -> slack.calls("chat.update"), l -> !l.isEmpty());
    assertTrue(updates.get(0).params().get("text").contains("could not find"), updates.get(0).params().get("text"));
  }

  @Test
  void aQuestionTheServiceRefusesStillGetsAReplyNotSilence() throws Exception {
    post("/slack/events", "application/json",
        mention("Ev10", "C6", "1700000010.000100", null, "<@UBOT> " + "why ".repeat(300), null), Map.of());
    List<FakeSlack.Call> updates = eventually(() -> slack.calls("chat.update"), l -> !l.isEmpty());
    assertTrue(updates.get(0).params().get("text").contains("the limit is 1000"), updates.get(0).params().get("text"));
    post("/slack/events", "application/json",
        mention("Ev11", "C6", "1700000011.000100", null, "<@UBOT>", null), Map.of());
    updates = eventually(() -> slack.calls("chat.update"), l -> l.size() >= 2);
    assertTrue(updates.get(1).params().get("text").contains("Ask me a question"), updates.get(1).params().get("text"));
  }

  private static String click(String actionId, String value, String channel, String user) {
    return "{\"type\":\"block_actions\",\"team\":{\"id\":\"T1\"},\"user\":{\"id\":\"" + user + "\"},"
        + "\"api_app_id\":\"A1\",\"token\":\"x\",\"trigger_id\":\"t-" + UUID.randomUUID() + "\","
        + "\"container\":{\"type\":\"message\",\"message_ts\":\"1700000000.000999\",\"channel_id\":\"" + channel + "\"},"
        + "\"channel\":{\"id\":\"" + channel + "\",\"name\":\"news\"},\"response_url\":\"https://hooks.example/r\","
        + "\"actions\":[{\"action_id\":\"" + actionId + "\",\"block_id\":\"b1\",\"type\":\"button\",\"value\":\""
        + value + "\",\"action_ts\":\"1700000000.1\"}]}";
  }
}
