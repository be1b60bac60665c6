package dev.newsdesk.index;

import dev.newsdesk.ingest.Article;
import dev.newsdesk.ingest.Passage;
import dev.newsdesk.ingest.dedupe.MinHash;
import java.util.List;

/**
 * An article ready for the index: its passages and one vector per passage, in the same order; the
 * wire-copy cluster it joins and its MinHash signature (null when not computed).
 */
public record IndexedArticle(
    Article article, List<Passage> passages, List<float[]> vectors, String clusterId, MinHash signature) {
  public IndexedArticle {
    if (passages.size() != vectors.size()) {
      throw new IllegalArgumentException("one vector per passage");
    }
    if (clusterId == null) {
      clusterId = article.id();
    }
  }

  /** An article that is a cluster of its own. */
  public IndexedArticle(Article article, List<Passage> passages, List<float[]> vectors) {
    this(article, passages, vectors, article.id(), null);
  }
}
