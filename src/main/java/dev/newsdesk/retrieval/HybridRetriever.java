package dev.newsdesk.retrieval;

import dev.newsdesk.config.NewsdeskConfig;
import dev.newsdesk.embedding.PassageEmbedder;
import dev.newsdesk.index.PassageHit;
import dev.newsdesk.index.PassageIndex;
import dev.newsdesk.index.SearchFilter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Finds passages for a question: BM25 and vector candidates, fused by reciprocal rank. */
@ApplicationScoped
public class HybridRetriever {
  private final PassageIndex index;
  private final PassageEmbedder embedder;
  private final NewsdeskConfig.Retrieval settings;

  public HybridRetriever(PassageIndex index, PassageEmbedder embedder, NewsdeskConfig config) {
    this.index = index;
    this.embedder = embedder;
    this.settings = config.retrieval();
  }

  public List<PassageHit> retrieve(String question, SearchFilter filter, int k) {
    int candidates = Math.max(k, settings.candidates());
    List<PassageHit> lexical = index.searchText(question, filter, candidates);
    List<PassageHit> semantic = index.searchVector(embedder.embedQuery(question), filter, candidates);
    return ReciprocalRankFusion.fuse(
        List.of(lexical, semantic),
        new double[] {settings.bm25Weight(), settings.vectorWeight()},
        settings.rrfK(),
        k);
  }

  public int defaultK() {
    return settings.topK();
  }
}
