package dev.newsdesk.index;

import dev.newsdesk.ingest.Article;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Where articles and their passages are kept. Small on purpose, so that a distributed backend can
 * stand beside the embedded Lucene one.
 */
public interface PassageIndex extends AutoCloseable {

  /**
   * Stores the articles with their passages, each replacing any earlier version of itself
   * atomically, and makes the batch durable before returning.
   */
  void write(List<IndexedArticle> articles);

  /** Removes an article and its passages, durably. Returns whether it was there. */
  boolean deleteArticle(String articleId);

  Optional<Article> article(String articleId);

  /** The article stored under this URL (compared in canonical form), if any. */
  Optional<Article> articleByUrl(String url);

  /** Calls back with every stored article, e.g. to rebuild passages with a new model. */
  void forEachArticle(Consumer<Article> consumer);

  /** Best passages for a free-text query by BM25, best first. */
  List<PassageRef> searchText(String query, SearchFilter filter, int k);

  /** Nearest passages to a query vector, nearest first. */
  List<PassageRef> searchVector(float[] vector, SearchFilter filter, int k);

  /**
   * The passages behind search candidates, with their article's metadata, in the same order and
   * with the refs' scores. Searches return light refs so that only the passages finally shown are
   * read from storage.
   */
  List<PassageHit> load(List<PassageRef> refs);

  /** How close each passage's vector is to {@code vector} (dot product of unit vectors, -1 to 1). */
  Map<String, Double> similarities(float[] vector, Collection<String> passageIds);

  /**
   * In how many passages each term occurs; terms as {@link NewsAnalyzer} produces them. Lets callers
   * weigh rare words above common ones.
   */
  Map<String, Long> passageFrequencies(Collection<String> terms);

  /** Stored articles sharing a MinHash band with a text: the candidates for being copies of it. */
  List<StoredSignature> sharingBands(Collection<String> bands);

  /** The articles of a wire-copy cluster (one, unless the story was republished). */
  List<Article> clusterMembers(String clusterId);

  /** Removes articles published before the cutoff, durably; returns how many. */
  int deleteOlderThan(Instant cutoff);

  /** The source names of the stored articles, as given at ingest. */
  Set<String> sources();

  /** How much the index holds (counts clusters too, so not for every query). */
  IndexStats stats();

  /** How many passages are stored: cheap, for weighing words by rarity on every query. */
  long passageCount();

  /** Name of the embedding model the stored vectors came from; empty for a new index. */
  String embeddingModel();

  /**
   * Whether the stored passages were made by this embedding model and in this backend's current
   * layout (analyzer, fields); if not, they must be rebuilt.
   */
  boolean isCurrent(String embeddingModel);

  /** Reorganises storage for the fastest searches; worth it after a bulk load, not after each write. */
  void compact();

  /** Drops everything and starts over for the given embedding model. */
  void clear(String embeddingModel);

  @Override
  void close();
}
