package dev.newsdesk.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.ingest.Article;
import dev.newsdesk.ingest.Passage;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real Lucene index in a temporary folder, with small hand-made unit vectors. */
class LuceneIndexTest {
  @TempDir Path folder;

  private static Article article(String id, String source, String date, String url) {
    return new Article(id, "Title of " + id, "body", url, source, null, Instant.parse(date + "T08:00:00Z"), null, null,
        Instant.now());
  }

  private static float[] unit(int axis) {
    float[] v = new float[4];
    v[axis] = 1f;
    return v;
  }

  private static IndexedArticle indexed(Article a, String... texts) {
    List<Passage> passages = new ArrayList<>();
    List<float[]> vectors = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      passages.add(new Passage(a.id(), i, texts[i]));
      vectors.add(unit(i % 4));
    }
    return new IndexedArticle(a, passages, vectors);
  }

  private LuceneIndex withThreeArticles() {
    LuceneIndex index = LuceneIndex.open(folder);
    index.clear("test-model");
    index.write(List.of(
        indexed(article("kim", "Reuters", "2024-08-16", "https://reuters.com/kim"),
            "Kim and Putin held a second summit in June in Pyongyang.", "Kim visited a memorial."),
        indexed(article("ai", "Engadget", "2023-10-25", null), "The Senate held a second AI forum."),
        indexed(article("film", "Fortune", "2023-10-15", null), "Beyoncé's concert film opened in first place.")));
    return index;
  }

  @Test
  void findsPassagesByWordsWithStemmingAndFoldedAccents() {
    try (LuceneIndex index = withThreeArticles()) {
      List<PassageRef> refs = index.searchText("summits in Pyongyang", SearchFilter.NONE, 5);
      assertEquals("kim#0", refs.get(0).passageId());
      assertEquals("kim", refs.get(0).articleId());
      PassageHit hit = index.load(refs).get(0);
      assertEquals("Reuters", hit.source());
      assertEquals(Instant.parse("2024-08-16T08:00:00Z"), hit.publishedAt());
      assertEquals("Kim and Putin held a second summit in June in Pyongyang.", hit.text());
      assertEquals(refs.get(0).score(), hit.score(), 1e-9);
      assertEquals("film#0", index.searchText("Beyonce film", SearchFilter.NONE, 5).get(0).passageId());
      assertTrue(index.searchText("the of and", SearchFilter.NONE, 5).isEmpty());
    }
  }

  @Test
  void findsNearestPassagesByVector() {
    try (LuceneIndex index = withThreeArticles()) {
      List<PassageRef> hits = index.searchVector(unit(1), SearchFilter.NONE, 1);
      assertEquals("kim#1", hits.get(0).passageId());
    }
  }

  @Test
  void filtersBySourceDateAndArticleUrl() {
    try (LuceneIndex index = withThreeArticles()) {
      SearchFilter engadget = new SearchFilter(Set.of("engadget"), null, null, null);
      assertEquals(List.of("ai#0"), ids(index.searchText("second", engadget, 5)));
      assertEquals(List.of("ai#0"), ids(index.searchVector(unit(0), engadget, 5)));

      SearchFilter october = SearchFilter.parse(null, "2023-10-01", "2023-10-31", null);
      assertEquals(Set.of("ai#0", "film#0"), Set.copyOf(ids(index.searchVector(unit(0), october, 5))));

      SearchFilter kimPage = new SearchFilter(null, null, null, "http://www.reuters.com/kim/");
      assertEquals(Set.of("kim#0"), Set.copyOf(ids(index.searchText("second", kimPage, 5))));
    }
  }

  @Test
  void reIngestingAnArticleReplacesItsPassages() {
    try (LuceneIndex index = withThreeArticles()) {
      index.write(List.of(indexed(article("kim", "Reuters", "2024-08-16", null), "A corrected single passage.")));
      assertEquals(3, index.stats().articles());
      assertEquals(3, index.stats().passages());
      assertEquals(3, index.stats().clusters());
      assertTrue(index.searchText("Pyongyang", SearchFilter.NONE, 5).isEmpty());
      assertEquals("A corrected single passage.",
          index.load(index.searchText("corrected", SearchFilter.NONE, 5)).get(0).text());
    }
  }

  @Test
  void deletingAnArticleRemovesItAndItsPassages() {
    try (LuceneIndex index = withThreeArticles()) {
      assertTrue(index.deleteArticle("kim"));
      assertFalse(index.deleteArticle("kim"));
      assertTrue(index.article("kim").isEmpty());
      assertTrue(index.searchText("Pyongyang", SearchFilter.NONE, 5).isEmpty());
      assertEquals(2, index.stats().passages());
      assertEquals(2, index.stats().clusters(), "a deleted article's cluster is gone too");
    }
  }

  @Test
  void whatWasCommittedIsThereAfterReopeningWithItsModelName() {
    withThreeArticles().close();
    try (LuceneIndex reopened = LuceneIndex.open(folder)) {
      assertEquals("test-model", reopened.embeddingModel());
      assertTrue(reopened.isCurrent("test-model"));
      assertFalse(reopened.isCurrent("another-model"));
      assertEquals(3, reopened.stats().articles());
      Article kim = reopened.article("kim").orElseThrow();
      assertEquals("Title of kim", kim.title());
      assertEquals("https://reuters.com/kim", kim.url());
      assertEquals("kim", reopened.articleByUrl("https://www.reuters.com/kim?utm_source=x").orElseThrow().id());
      List<String> all = new ArrayList<>();
      reopened.forEachArticle(a -> all.add(a.id()));
      assertEquals(Set.of("kim", "ai", "film"), Set.copyOf(all));
    }
  }

  @Test
  void passageFrequenciesCountPassagesHoldingATerm() {
    try (LuceneIndex index = withThreeArticles()) {
      var df = index.passageFrequencies(List.of("second", "pyongyang", "absent"));
      assertEquals(2L, df.get("second"));
      assertEquals(1L, df.get("pyongyang"));
      assertEquals(0L, df.get("absent"));
    }
  }

  private static List<String> ids(List<PassageRef> hits) {
    return hits.stream().map(PassageRef::passageId).toList();
  }
}
