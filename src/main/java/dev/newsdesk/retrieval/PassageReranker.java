package dev.newsdesk.retrieval;

import dev.newsdesk.config.NewsdeskConfig;
import dev.newsdesk.index.PassageHit;
import dev.newsdesk.index.PassageIndex;
import dev.newsdesk.ingest.SentenceSplitter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cheap second stage: reorders the head of the fused list. A news question is usually answered
 * by one sentence, so a passage holding a sentence (or two adjacent ones) that covers the
 * question's rare words beats one that only shares those words spread over its length. Added to
 * that: the fused rank as a prior, whether the passage comes from a source or date the question
 * names, and its vector's closeness to the question. Word weights are BM25's idf.
 */
@ApplicationScoped
public class PassageReranker {
  private final PassageIndex index;
  private final NewsdeskConfig.Retrieval settings;

  public PassageReranker(PassageIndex index, NewsdeskConfig config) {
    this.index = index;
    this.settings = config.retrieval();
  }

  /**
   * @param candidates the head of the fused list, loaded, in fused order
   * @param vector the question's embedding, or null when retrieval did without
   */
  public List<PassageHit> rerank(List<PassageHit> candidates, QueryPlan plan, float[] vector) {
    Set<String> terms = KeyTerms.setOf(plan.text());
    if (candidates.isEmpty() || terms.isEmpty()) {
      return candidates;
    }
    long n = Math.max(1, index.passageCount());
    Map<String, Double> idf = new HashMap<>();
    index.passageFrequencies(terms).forEach((t, df) -> idf.put(t, Math.log(1 + (n - df + 0.5) / (df + 0.5))));
    double total = idf.values().stream().mapToDouble(Double::doubleValue).sum();
    Map<String, Double> closeness = settings.denseWeight() > 0 && vector != null
        ? index.similarities(vector, candidates.stream().map(PassageHit::passageId).toList())
        : Map.of();

    List<PassageHit> scored = new ArrayList<>(candidates.size());
    for (int rank = 0; rank < candidates.size(); rank++) {
      PassageHit hit = candidates.get(rank);
      double score = 1.0 / (rank + 1)
          + settings.sentenceWeight() * bestWindow(hit, idf, total)
          + settings.passageWeight() * coverage(KeyTerms.setOf(hit.title() + "\n" + hit.text()), idf, total)
          + settings.mentionWeight() * mentions(hit, plan)
          + settings.denseWeight() * closeness.getOrDefault(hit.passageId(), 0.0);
      scored.add(hit.withScore(score));
    }
    scored.sort(Comparator.comparingDouble(PassageHit::score).reversed());
    return scored;
  }

  /** The best coverage of one sentence, or of two adjacent ones at a discount. */
  private double bestWindow(PassageHit hit, Map<String, Double> idf, double total) {
    double best = 0;
    Set<String> previous = Set.of();
    for (String sentence : SentenceSplitter.split(hit.text())) {
      Set<String> words = KeyTerms.setOf(sentence);
      best = Math.max(best, coverage(words, idf, total));
      if (!previous.isEmpty()) {
        Set<String> pair = new HashSet<>(words);
        pair.addAll(previous);
        best = Math.max(best, settings.pairDiscount() * coverage(pair, idf, total));
      }
      previous = words;
    }
    return best;
  }

  private static int mentions(PassageHit hit, QueryPlan plan) {
    int count = 0;
    if (hit.source() != null && plan.sources().contains(hit.source())) {
      count++;
    }
    if (hit.publishedAt() != null && plan.dates().stream()
        .anyMatch(d -> !hit.publishedAt().isBefore(d.from()) && !hit.publishedAt().isAfter(d.to()))) {
      count++;
    }
    return count;
  }

  private static double coverage(Set<String> words, Map<String, Double> idf, double total) {
    if (total == 0) {
      return 0;
    }
    double covered = 0;
    for (String t : words) {
      covered += idf.getOrDefault(t, 0.0);
    }
    return covered / total;
  }
}
