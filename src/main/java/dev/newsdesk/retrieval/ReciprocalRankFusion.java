package dev.newsdesk.retrieval;

import dev.newsdesk.index.PassageRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal rank fusion: a passage scores {@code sum(weight / (k + rank))} over the rankings it
 * appears in. Only ranks count, so BM25 and cosine scores need no common scale.
 */
public final class ReciprocalRankFusion {
  private ReciprocalRankFusion() {}

  /**
   * @param rankings each best first
   * @param weights one per ranking
   * @param k the damping constant (60 in the original paper)
   */
  public static List<PassageRef> fuse(List<List<PassageRef>> rankings, double[] weights, int k, int limit) {
    if (rankings.size() != weights.length) {
      throw new IllegalArgumentException("one weight per ranking");
    }
    Map<String, PassageRef> byId = new LinkedHashMap<>();
    Map<String, Double> scores = new LinkedHashMap<>();
    for (int r = 0; r < rankings.size(); r++) {
      List<PassageRef> ranking = rankings.get(r);
      for (int i = 0; i < ranking.size(); i++) {
        PassageRef hit = ranking.get(i);
        byId.putIfAbsent(hit.passageId(), hit);
        scores.merge(hit.passageId(), weights[r] / (k + i + 1), Double::sum);
      }
    }
    List<PassageRef> fused = new ArrayList<>(byId.size());
    byId.forEach((id, hit) -> fused.add(hit.withScore(scores.get(id))));
    fused.sort(Comparator.comparingDouble(PassageRef::score).reversed());
    return fused.size() > limit ? fused.subList(0, limit) : fused;
  }
}
