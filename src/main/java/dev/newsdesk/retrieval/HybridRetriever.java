package dev.newsdesk.retrieval;

import dev.newsdesk.config.NewsdeskConfig;
import dev.newsdesk.embedding.PassageEmbedder;
import dev.newsdesk.index.PassageHit;
import dev.newsdesk.index.PassageIndex;
import dev.newsdesk.index.PassageRef;
import dev.newsdesk.index.SearchFilter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Finds passages for a question: BM25 and (for questions of few key words) vector candidates, fused
 * by reciprocal rank. When the
 * question names sources or dates, the same searches also run within each of them and join the
 * fusion, so that every side of "what did The Verge and TechCrunch say" is represented. The head of
 * the fused list, one article per wire-copy cluster, is then reordered by {@link PassageReranker}.
 */
@ApplicationScoped
public class HybridRetriever {
  private final PassageIndex index;
  private final PassageEmbedder embedder;
  private final QueryAnalyzer analyzer;
  private final PassageReranker reranker;
  private final NewsdeskConfig.Retrieval settings;
  private final ExecutorService embeddingThread = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "query-embedding");
    t.setDaemon(true);
    return t;
  });

  public HybridRetriever(PassageIndex index, PassageEmbedder embedder, QueryAnalyzer analyzer, PassageReranker reranker,
      NewsdeskConfig config) {
    this.index = index;
    this.embedder = embedder;
    this.analyzer = analyzer;
    this.reranker = reranker;
    this.settings = config.retrieval();
  }

  public List<PassageHit> retrieve(String question, SearchFilter filter, int k) {
    return retrieve(question, filter, null, k);
  }

  /**
   * @param preferredArticleUrl the article the reader is on, whose passages are favoured (may be null)
   */
  public List<PassageHit> retrieve(String question, SearchFilter filter, String preferredArticleUrl, int k) {
    QueryPlan plan = analyzer.analyse(question);
    String text = settings.stripMentions() ? plan.text() : question;
    // The question is embedded on another thread while BM25 runs on this one: on two cores the
    // embedding is the slow half, and the searches need no vector.
    // Vectors help short, loosely worded questions; on long, specific ones BM25 alone ranked better
    // on the benchmark, and skipping the embedding halves the time.
    boolean useVectors = KeyTerms.of(text).size() <= settings.vectorMaxTerms();
    CompletableFuture<float[]> embedding = useVectors
        ? CompletableFuture.supplyAsync(() -> embedder.embedQuery(text), embeddingThread)
        : CompletableFuture.completedFuture(null);
    int candidates = Math.max(k, settings.candidates());

    List<SearchFilter> scopes = new ArrayList<>();
    List<Double> scopeWeights = new ArrayList<>();
    scopes.add(filter);
    scopeWeights.add(1.0);
    if (settings.sourceWeight() > 0) {
      for (String source : plan.sources()) {
        scopes.add(filter.narrowedToSource(source));
        scopeWeights.add(settings.sourceWeight());
      }
    }
    if (settings.dateWeight() > 0) {
      for (DateMentions.Window w : plan.dates()) {
        scopes.add(filter.narrowedToWindow(w.from(), w.to()));
        scopeWeights.add(settings.dateWeight());
      }
    }
    if (preferredArticleUrl != null && settings.articleWeight() > 0) {
      scopes.add(filter.narrowedToArticle(preferredArticleUrl));
      scopeWeights.add(settings.articleWeight());
    }

    List<List<PassageRef>> rankings = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    for (int i = 0; i < scopes.size(); i++) {
      if (scopes.get(i) != null && settings.bm25Weight() > 0) {
        rankings.add(index.searchText(text, scopes.get(i), candidates));
        weights.add(scopeWeights.get(i) * settings.bm25Weight());
      }
    }
    float[] vector = embedding.join();
    for (int i = 0; i < scopes.size(); i++) {
      if (scopes.get(i) != null && vector != null && settings.vectorWeight() > 0) {
        rankings.add(index.searchVector(vector, scopes.get(i), candidates));
        weights.add(scopeWeights.get(i) * settings.vectorWeight());
      }
    }
    List<PassageRef> fused = oneArticlePerCluster(ReciprocalRankFusion.fuse(
        rankings, weights.stream().mapToDouble(Double::doubleValue).toArray(), settings.rrfK(), Math.max(candidates, k)));
    if (settings.rerankDepth() <= 0) {
      return index.load(spreadAcrossArticles(fused, settings.maxPerArticle(), k));
    }
    List<PassageRef> head = fused.subList(0, Math.min(fused.size(), Math.max(k, settings.rerankDepth())));
    List<PassageHit> reranked = reranker.rerank(index.load(head), plan, vector);
    return reranked.size() > k ? List.copyOf(reranked.subList(0, k)) : reranked;
  }

  /**
   * Wire copies of one story are one source: of each cluster, only the passages of the article
   * that ranks first stay.
   */
  static List<PassageRef> oneArticlePerCluster(List<PassageRef> fused) {
    Map<String, String> firstArticle = new HashMap<>();
    List<PassageRef> kept = new ArrayList<>(fused.size());
    for (PassageRef ref : fused) {
      String first = firstArticle.putIfAbsent(ref.clusterId(), ref.articleId());
      if (first == null || first.equals(ref.articleId())) {
        kept.add(ref);
      }
    }
    return kept;
  }

  /** Keeps fused order, but lets an article place at most {@code max} passages before the others are in. */
  static List<PassageRef> spreadAcrossArticles(List<PassageRef> fused, int max, int k) {
    if (max <= 0) {
      return fused.size() > k ? List.copyOf(fused.subList(0, k)) : fused;
    }
    List<PassageRef> picked = new ArrayList<>(k);
    List<PassageRef> deferred = new ArrayList<>();
    Map<String, Integer> perArticle = new HashMap<>();
    for (PassageRef hit : fused) {
      if (picked.size() >= k) {
        break;
      }
      int seen = perArticle.merge(hit.articleId(), 1, Integer::sum);
      (seen <= max ? picked : deferred).add(hit);
    }
    for (int i = 0; picked.size() < k && i < deferred.size(); i++) {
      picked.add(deferred.get(i));
    }
    return picked;
  }

  public int defaultK() {
    return settings.topK();
  }
}
