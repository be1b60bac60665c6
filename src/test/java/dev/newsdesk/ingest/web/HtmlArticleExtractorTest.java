package dev.newsdesk.ingest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.ingest.ArticleInput;
import dev.newsdesk.ingest.ArticleParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HtmlArticleExtractorTest {

  private static String page() throws IOException {
    try (InputStream in = HtmlArticleExtractorTest.class.getResourceAsStream("/web/story.html")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void keepsTheStoryAndDropsNavigationAdsSharingAsidesCommentsAndFooter() throws IOException {
    ArticleInput a = HtmlArticleExtractor.extract(page(), "https://gazette.example/news/harbour-mayor?utm_source=rss");
    assertEquals("The harbour town of Zellowmere elected Marta Quibbleston as its first mayor on Sunday, ending a century of council rule.\n"
        + "She won 61 percent of the vote, according to the electoral office, which counted ballots late into the night.\n"
        + "Quibbleston promised to reopen the old ferry line to the islands within her first year in office.", a.body());
    for (String noise : new String[] {"newsletter", "kayaks", "Share this story", "Lighthouse", "Reader comment", "Copyright"}) {
      assertFalse(a.body().contains(noise), noise);
    }
  }

  @Test
  void takesTitleBylineDateSourceAndCanonicalUrlFromTheMetadata() throws IOException {
    ArticleInput a = HtmlArticleExtractor.extract(page(), "https://gazette.example/news/harbour-mayor?utm_source=rss");
    assertEquals("Harbour town elects its first mayor", a.title());
    assertEquals("Ana Silva", a.author());
    assertEquals("The Coast Gazette", a.source());
    assertEquals("https://gazette.example/news/harbour-mayor", a.url());
    assertEquals(Instant.parse("2025-03-02T08:30:00Z"), ArticleParser.parse(a).publishedAt());
  }

  @Test
  void aPageWithoutMetadataStillYieldsItsText() {
    ArticleInput a = HtmlArticleExtractor.extract("<html><head><title>Plain</title></head><body>"
        + "<div><p>A plain page with one paragraph of real text in it, long enough to count.</p></div></body></html>",
        "https://example.com/plain");
    assertEquals("Plain", a.title());
    assertTrue(a.body().startsWith("A plain page"));
    assertEquals("https://example.com/plain", a.url());
  }
}
