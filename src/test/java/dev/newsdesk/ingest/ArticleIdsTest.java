package dev.newsdesk.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {

  @Test
  void aGivenIdIsKept() {
    assertEquals("reuters-123", ArticleIds.of("reuters-123", "https://x.com/a", "t", "b"));
  }

  @Test
  void theSamePageLinkedDifferentlyGetsTheSameId() {
    String id = ArticleIds.of(null, "https://www.Example.com/news/story/?utm_source=x#top", "t", "b");
    assertEquals(id, ArticleIds.of(null, "http://example.com/news/story", "other title", "other body"));
    assertTrue(id.startsWith("u-"));
    assertNotEquals(id, ArticleIds.of(null, "https://example.com/news/other", "t", "b"));
  }

  @Test
  void withoutIdOrUrlTheContentDecides() {
    String id = ArticleIds.of(null, null, "Title", "Body  text");
    assertEquals(id, ArticleIds.of(" ", "", "Title", "Body text"));
    assertNotEquals(id, ArticleIds.of(null, null, "Title", "Other body"));
  }

  @Test
  void anIdWithOddCharactersIsRefused() {
    assertThrows(InvalidArticleException.class, () -> ArticleIds.of("a/b c", null, "t", "b"));
  }
}
