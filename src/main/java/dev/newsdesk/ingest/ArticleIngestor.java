package dev.newsdesk.ingest;

import dev.newsdesk.config.NewsdeskConfig;
import dev.newsdesk.embedding.PassageEmbedder;
import dev.newsdesk.index.IndexedArticle;
import dev.newsdesk.index.PassageIndex;
import dev.newsdesk.index.StoredSignature;
import dev.newsdesk.ingest.dedupe.MinHash;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Stores articles: cuts each into passages, embeds them in batches and writes them to the index,
 * committing after each group so a crash loses at most the group in flight. A bad article is
 * reported and skipped; the rest of the batch goes on.
 */
@ApplicationScoped
public class ArticleIngestor {
  /** Passages embedded and committed together. */
  private static final int GROUP_PASSAGES = 256;

  private final PassageIndex index;
  private final PassageEmbedder embedder;
  private final PassageSplitter splitter;
  private final double dedupeThreshold;

  public ArticleIngestor(PassageIndex index, PassageEmbedder embedder, NewsdeskConfig config) {
    this.index = index;
    this.embedder = embedder;
    this.dedupeThreshold = config.dedupe().threshold();
    this.splitter =
        new PassageSplitter(
            config.chunking().maxWords(), config.chunking().targetWords(), config.chunking().overlapSentences());
  }

  public List<IngestResult> ingest(List<ParsedArticle> batch) {
    IngestResult[] results = new IngestResult[batch.size()];
    List<Prepared> group = new ArrayList<>();
    int groupPassages = 0;
    for (int i = 0; i < batch.size(); i++) {
      ParsedArticle item = batch.get(i);
      if (!item.isOk()) {
        results[i] = IngestResult.refused(item.position(), item.error());
        continue;
      }
      Article article = item.article().withUpdatedAt(Instant.now());
      List<Passage> passages = passagesOf(article);
      Article stored = index.article(article.id()).orElse(null);
      if (stored != null && stored.body().equals(article.body()) && stored.title().equals(article.title())
          && java.util.Objects.equals(stored.publishedAt(), article.publishedAt())) {
        results[i] = IngestResult.stored(item.position(), stored, passages.size(), IngestResult.UNCHANGED, null);
        continue;
      }
      MinHash signature = dedupeThreshold > 0 ? MinHash.of(article.body()) : null;
      String cluster = clusterFor(article, signature, group);
      String outcome = stored != null ? IngestResult.UPDATED
          : !cluster.equals(article.id()) ? IngestResult.DUPLICATE : IngestResult.NEW;
      group.add(new Prepared(i, item.position(), article, passages, signature, cluster, outcome));
      groupPassages += passages.size();
      if (groupPassages >= GROUP_PASSAGES) {
        store(group, results);
        group.clear();
        groupPassages = 0;
      }
    }
    store(group, results);
    return List.of(results);
  }

  /** The passages this article is stored as. */
  public List<Passage> passagesOf(Article article) {
    return splitter.split(article);
  }

  public List<IngestResult> ingestArticles(List<Article> articles) {
    List<ParsedArticle> batch = new ArrayList<>(articles.size());
    for (int i = 0; i < articles.size(); i++) {
      batch.add(ParsedArticle.ok(i, articles.get(i)));
    }
    return ingest(batch);
  }

  private void store(List<Prepared> group, IngestResult[] results) {
    if (group.isEmpty()) {
      return;
    }
    try {
      List<String> texts = new ArrayList<>();
      for (Prepared p : group) {
        p.passages.forEach(passage -> texts.add(PassageHeader.withHeader(p.article, passage.text())));
      }
      List<float[]> vectors = embedder.embedPassages(texts);
      List<IndexedArticle> indexed = new ArrayList<>(group.size());
      int offset = 0;
      for (Prepared p : group) {
        indexed.add(new IndexedArticle(p.article, p.passages, vectors.subList(offset, offset + p.passages.size()),
            p.cluster, p.signature));
        offset += p.passages.size();
      }
      index.write(indexed);
      group.forEach(p -> results[p.slot] = IngestResult.stored(p.position, p.article, p.passages.size(), p.outcome, p.cluster));
    } catch (RuntimeException e) {
      Log.errorf(e, "Storing %d articles failed", group.size());
      group.forEach(p -> results[p.slot] = IngestResult.failed(p.position, p.article, "storing failed: " + e.getMessage()));
    }
  }

  /**
   * The cluster an article joins: that of the most similar stored (or earlier in this batch)
   * article at or above the threshold, else a cluster of its own.
   */
  private String clusterFor(Article article, MinHash signature, List<Prepared> batch) {
    if (signature == null) {
      return article.id();
    }
    String best = article.id();
    double bestSimilarity = dedupeThreshold;
    for (StoredSignature other : index.sharingBands(signature.bands())) {
      double similarity = other.articleId().equals(article.id()) ? 0 : signature.similarity(other.signature());
      if (similarity >= bestSimilarity) {
        best = other.clusterId();
        bestSimilarity = similarity;
      }
    }
    for (Prepared other : batch) {
      if (other.signature != null && !other.article.id().equals(article.id())
          && signature.similarity(other.signature) >= bestSimilarity) {
        best = other.cluster;
        bestSimilarity = signature.similarity(other.signature);
      }
    }
    return best;
  }

  private record Prepared(int slot, int position, Article article, List<Passage> passages, MinHash signature,
      String cluster, String outcome) {}
}
