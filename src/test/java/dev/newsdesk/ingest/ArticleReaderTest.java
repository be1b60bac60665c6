package dev.newsdesk.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleReaderTest {

  @Test
  void aBatchWithBadItemsReportsEachInItsPlace() {
    List<ParsedArticle> batch = ArticleReader.readJson("""
        [{"title":"Good","body":"Text.","publishedAt":"2023-10-01T12:00:00+02:00"},
         {"title":"No body"},
         {"title":"Bad date","body":"x","publishedAt":"yesterday"},
         "not an object",
         {"title":"Also good","body":"More.","published_at":"2023-10-02"}]""");
    assertEquals(5, batch.size());
    assertTrue(batch.get(0).isOk());
    assertEquals(Instant.parse("2023-10-01T10:00:00Z"), batch.get(0).article().publishedAt());
    assertEquals("body is required and must not be empty", batch.get(1).error());
    assertTrue(batch.get(2).error().contains("not an ISO-8601 date"));
    assertEquals("an article must be a JSON object", batch.get(3).error());
    assertEquals(Instant.parse("2023-10-02T00:00:00Z"), batch.get(4).article().publishedAt());
  }

  @Test
  void jsonLinesReadsEveryLineAndReportsABrokenOne() {
    List<ParsedArticle> batch = ArticleReader.readJsonLines("""
        {"title":"One","body":"A."}
        {"title":"Two", broken
        {"title":"Three","body":"C."}
        """);
    assertEquals(3, batch.size());
    assertTrue(batch.get(0).isOk());
    assertFalse(batch.get(1).isOk());
    assertTrue(batch.get(1).error().startsWith("malformed JSON"));
    assertEquals("Three", batch.get(2).article().title());
  }

  @Test
  void brokenJsonFailsTheWholeBatch() {
    assertThrows(MalformedBatchException.class, () -> ArticleReader.readJson("{\"title\": "));
  }
}
