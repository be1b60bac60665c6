package dev.newsdesk.index;

import dev.newsdesk.ingest.Article;
import dev.newsdesk.ingest.Passage;
import java.util.List;

/** An article ready for the index: its passages and one vector per passage, in the same order. */
public record IndexedArticle(Article article, List<Passage> passages, List<float[]> vectors) {
  public IndexedArticle {
    if (passages.size() != vectors.size()) {
      throw new IllegalArgumentException("one vector per passage");
    }
  }
}
