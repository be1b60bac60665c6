package dev.newsdesk.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PlainTextArticleParserTest {

  private static String resource(String name) throws IOException {
    try (InputStream in = PlainTextArticleParserTest.class.getResourceAsStream("/articles/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void aReutersDatelineGivesPlaceAndSourceAndTheCreditLineBecomesTheByline() throws IOException {
    Article a = PlainTextArticleParser.parse(resource("reuters-kim-putin-liberation-day.txt"), "kim putin");
    assertEquals("SEOUL", a.place());
    assertEquals("Reuters", a.source());
    assertEquals("Reporting by Jack Kim; Editing by Leslie Adler and Stephen Coates", a.byline());
    assertTrue(a.body().startsWith("North Korean leader Kim Jong Un reaffirmed"), a.body());
    assertTrue(a.body().endsWith("existential threat to its regime."), a.body());
    assertFalse(a.body().contains("Reporting by"));
    assertFalse(a.body().contains("Source Agencies"));
    assertEquals("kim putin", a.title());
  }

  @Test
  void aHeaderBlockAndAHeadlineAreRead() {
    Article a = PlainTextArticleParser.parse("""
        Published: 2024-08-16
        URL: https://example.com/story

        Kim reaffirms pledge to Putin

        WASHINGTON, Aug 16 (AP) - The text of the story. Second sentence.
        """, null);
    assertEquals("Kim reaffirms pledge to Putin", a.title());
    assertEquals(Instant.parse("2024-08-16T00:00:00Z"), a.publishedAt());
    assertEquals("https://example.com/story", a.url());
    assertEquals("WASHINGTON", a.place());
    assertEquals("AP", a.source());
    assertEquals("The text of the story. Second sentence.", a.body());
  }

  @Test
  void plainProseStaysAsItIs() {
    Article a = PlainTextArticleParser.parse("Just a story. Nothing else here.", null);
    assertNull(a.place());
    assertNull(a.source());
    assertEquals("Just a story. Nothing else here.", a.body());
    assertEquals("Just a story.", a.title());
  }
}
