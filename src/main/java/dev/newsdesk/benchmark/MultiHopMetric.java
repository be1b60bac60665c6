package dev.newsdesk.benchmark;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * MultiHop-RAG's retrieval metric, as its evaluation script computes it. Gold facts and passage
 * texts are normalised by deleting spaces and newlines only (tabs stay; case matters); the passage
 * at rank r (1-based, r ≤ 10) is relevant when a normalised gold fact is a substring of it.
 */
public final class MultiHopMetric {
  static final int DEPTH = 10;

  /**
   * One query's scores. {@code map10} is the script's MAP@10; {@code mapStandard} is textbook AP@10
   * over relevant passages.
   */
  public record Scores(double hits10, double hits4, double mrr10, double map10, double mapStandard, List<Integer> hitRanks) {}

  private MultiHopMetric() {}

  public static Scores score(List<String> retrieved, List<String> goldFacts) {
    List<String> gold = goldFacts.stream().map(MultiHopMetric::normalise).toList();
    Set<Integer> found = new HashSet<>();
    List<Integer> hitRanks = new ArrayList<>();
    double mapScript = 0;
    double precisionSum = 0;
    int relevantSoFar = 0;
    int firstHit = 0;
    for (int r = 1; r <= Math.min(DEPTH, retrieved.size()); r++) {
      String passage = normalise(retrieved.get(r - 1));
      int newlyFound = 0;
      boolean relevant = false;
      for (int g = 0; g < gold.size(); g++) {
        if (passage.contains(gold.get(g))) {
          relevant = true;
          if (found.add(g)) {
            newlyFound++;
          }
        }
      }
      if (relevant) {
        hitRanks.add(r);
        if (firstHit == 0) {
          firstHit = r;
        }
        relevantSoFar++;
        precisionSum += (double) relevantSoFar / r;
        mapScript += (double) newlyFound / r;
      }
    }
    int denominator = Math.max(1, Math.min(gold.size(), DEPTH));
    // Textbook AP divides by the number of relevant items; several passages may hold the same fact,
    // so that is at least the facts (up to 10) and at least the relevant passages seen.
    int relevantItems = Math.max(denominator, relevantSoFar);
    return new Scores(
        firstHit > 0 ? 1 : 0,
        firstHit > 0 && firstHit <= 4 ? 1 : 0,
        firstHit > 0 ? 1.0 / firstHit : 0,
        mapScript / denominator,
        precisionSum / relevantItems,
        List.copyOf(hitRanks));
  }

  static String normalise(String text) {
    return text.replace(" ", "").replace("\n", "");
  }
}
