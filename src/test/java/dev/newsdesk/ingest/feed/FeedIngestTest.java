package dev.newsdesk.ingest.feed;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Feeds, pages and wire copies from a local news site, through the running service. */
@QuarkusTest
@TestProfile(FeedIngestTest.WithFeeds.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FeedIngestTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  public static class WithFeeds implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("newsdesk.feed-polling", "false", "newsdesk.fetch.timeout", "1s",
          "newsdesk.fetch.max-bytes", "200000");
    }

    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(new TestResourceEntry(Site.class));
    }
  }

  /** Starts the site first, so the feed list can name its port. */
  public static class Site implements QuarkusTestResourceLifecycleManager {
    private FakeNewsSite site;

    @Override
    public Map<String, String> start() {
      try {
        site = new FakeNewsSite();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      String feeds = String.join(",", List.of("/rss.xml", "/atom.xml", "/copy-a.xml", "/copy-b.xml", "/broken.xml",
          "/error.xml", "/slow.xml", "/big-feed.xml").stream().map(site::url).toList());
      return Map.of("newsdesk.feeds", feeds);
    }

    @Override
    public void inject(TestInjector injector) {
      injector.injectIntoFields(site, new TestInjector.MatchesType(FakeNewsSite.class));
    }

    @Override
    public void stop() {
      site.close();
    }
  }

  FakeNewsSite site;

  private static JsonNode poll() throws IOException {
    return JSON.readTree(given().when().post("/api/sources/poll").then().statusCode(200).extract().asString());
  }

  private JsonNode feed(JsonNode sources, String path) {
    for (JsonNode f : sources.get("feeds")) {
      if (f.get("url").asText().equals(site.url(path))) {
        return f;
      }
    }
    throw new AssertionError("no status for " + path);
  }

  private static JsonNode article(String id) throws IOException {
    return JSON.readTree(given().when().get("/api/articles/" + id).then().statusCode(200).extract().asString());
  }

  private static String idOf(String url) {
    return dev.newsdesk.ingest.ArticleIds.of(null, url, null, null);
  }

  @Test
  @Order(1)
  void aPollIngestsTheHealthyFeedsAndReportsEachBrokenSource() throws IOException {
    JsonNode sources = poll();

    JsonNode rss = feed(sources, "/rss.xml");
    assertNull(rss.get("lastError"));
    assertEquals("The Coast Gazette", rss.get("source").asText());
    assertEquals(2, rss.get("lastPollItems").get("added").asInt(), rss.toString());
    assertEquals(1, feed(sources, "/atom.xml").get("lastPollItems").get("added").asInt());

    assertTrue(feed(sources, "/broken.xml").get("lastError").asText().contains("not a readable RSS or Atom feed"));
    assertTrue(feed(sources, "/error.xml").get("lastError").asText().contains("HTTP 500"));
    assertTrue(feed(sources, "/slow.xml").get("lastError").asText().contains("timed out"));
    JsonNode big = feed(sources, "/big-feed.xml");
    assertEquals(1, big.get("lastPollItems").get("failed").asInt());
    assertTrue(big.get("itemErrors").get(0).asText().contains("limit"), big.toString());
    assertTrue(feed(sources, "/broken.xml").get("lastPoll") != null);

    // The same wire story from two outlets: one is stored as a copy of the other.
    assertEquals(1, feed(sources, "/copy-a.xml").get("lastPollItems").get("added").asInt());
    assertEquals(1, feed(sources, "/copy-b.xml").get("lastPollItems").get("duplicates").asInt());
  }

  @Test
  @Order(2)
  void aSummaryItemIsFetchedAndTheStoryExtractedWithItsMetadata() throws IOException {
    JsonNode harbour = article(idOf("https://gazette.example/news/harbour-mayor"));
    assertEquals("Harbour town elects its first mayor", harbour.get("title").asText());
    assertEquals("2025-03-02T08:30:00Z", harbour.get("publishedAt").asText(), "the page's JSON-LD date");
    assertEquals("Ana Silva", harbour.get("author").asText());
    assertEquals("The Coast Gazette", harbour.get("source").asText());
    String body = harbour.get("body").asText();
    assertTrue(body.startsWith("The harbour town of Zellowmere elected Marta Quibbleston"), body);
    assertFalse(body.contains("Reader comment") || body.contains("newsletter") || body.contains("kayaks"), body);

    JsonNode lighthouse = article(idOf(site.url("/stories/lighthouse")));
    assertEquals("Island Weekly", lighthouse.get("source").asText());
    assertEquals("Iris Moss", lighthouse.get("author").asText());
    assertEquals("2025-03-03T09:00:00Z", lighthouse.get("publishedAt").asText());
    assertTrue(site.hits.stream().noneMatch(h -> h.path().equals("/stories/lighthouse")),
        "a feed carrying the whole story needs no page fetch");
  }

  @Test
  @Order(3)
  void anUnchangedFeedAnswers304AndCausesNoWork() throws IOException {
    long articlesBefore = JSON.readTree(given().get("/api/stats").asString()).get("articles").asLong();
    site.hits.clear();
    JsonNode rss = feed(poll(), "/rss.xml");
    assertTrue(rss.get("notModified").asBoolean());
    assertTrue(site.hits.stream().anyMatch(h -> h.path().equals("/rss.xml") && "\"v1\"".equals(h.ifNoneMatch())));
    assertTrue(site.hits.stream().noneMatch(h -> h.path().startsWith("/stories/")), "no page was fetched");
    assertEquals(articlesBefore, JSON.readTree(given().get("/api/stats").asString()).get("articles").asLong());
  }

  @Test
  @Order(4)
  void aCorrectedArticleReplacesItsPassages() throws IOException {
    site.setHarbourPage(FakeNewsSite.harbourPage().replace("61 percent", "64 percent"));
    site.rssEtag = "\"v2\"";
    site.harbourPubDate = "Sun, 02 Mar 2025 18:00:00 GMT";
    JsonNode rss = feed(poll(), "/rss.xml");
    assertEquals(1, rss.get("lastPollItems").get("updated").asInt(), rss.toString());
    String id = idOf("https://gazette.example/news/harbour-mayor");
    assertTrue(article(id).get("body").asText().contains("64 percent"));
    JsonNode passages = JSON.readTree(given().queryParam("q", "Zellowmere mayor vote percent").queryParam("k", 20)
        .get("/api/search").asString()).get("passages");
    int ofHarbour = 0;
    for (JsonNode p : passages) {
      if (p.get("articleId").asText().equals(id)) {
        ofHarbour++;
        assertFalse(p.get("text").asText().contains("61 percent"), "no passage of the old version is left");
      }
    }
    assertEquals(1, ofHarbour);
  }

  @Test
  @Order(5)
  void twoOutletsRunningTheSameWireStoryAreOneStoryCreditedToTheEarlier() throws IOException {
    JsonNode stats = JSON.readTree(given().get("/api/stats").asString());
    assertTrue(stats.get("clusters").asLong() < stats.get("articles").asLong());

    JsonNode reply = JSON.readTree(given().contentType(ContentType.JSON)
        .body("{\"question\":\"What did the Quorvex council decide about the tidal barrier?\"}")
        .post("/api/chat").then().statusCode(200).extract().asString());
    JsonNode citations = reply.get("citations");
    assertEquals(1, citations.size(), reply.toString());
    assertEquals("Outlet A", citations.get(0).get("source").asText());
    assertEquals("Outlet B", citations.get(0).get("alsoReportedBy").get(0).get("source").asText());
  }

  @Test
  @Order(6)
  void aPageCanBeAddedByUrlAndRobotsTxtIsHonoured() {
    given().contentType(ContentType.JSON).body("{\"url\":\"" + site.url("/private/memo.html") + "\"}")
        .post("/api/articles/fetch").then().statusCode(422)
        .body("detail", org.hamcrest.Matchers.containsString("robots.txt"));
    given().contentType(ContentType.JSON).body("{\"url\":\"not a url\"}").post("/api/articles/fetch")
        .then().statusCode(400).body("error", org.hamcrest.Matchers.equalTo("invalid_url"));
  }
}
