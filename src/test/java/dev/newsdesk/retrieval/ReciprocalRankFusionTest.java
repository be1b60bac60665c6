package dev.newsdesk.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsdesk.index.PassageRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReciprocalRankFusionTest {

  private static PassageRef hit(String id) {
    return new PassageRef(id, "a", "a", 0);
  }

  @Test
  void scoresAddUpOverRankingsSoAPassageHighInBothWins() {
    List<PassageRef> bm25 = List.of(hit("a"), hit("b"), hit("c"));
    List<PassageRef> vector = List.of(hit("b"), hit("d"), hit("a"));
    List<PassageRef> fused = ReciprocalRankFusion.fuse(List.of(bm25, vector), new double[] {1, 1}, 60, 10);
    assertEquals(List.of("b", "a", "d", "c"), fused.stream().map(PassageRef::passageId).toList());
    assertEquals(1.0 / 62 + 1.0 / 61, fused.get(0).score(), 1e-12);
    assertEquals(1.0 / 61 + 1.0 / 63, fused.get(1).score(), 1e-12);
    assertEquals(1.0 / 63, fused.get(3).score(), 1e-12);
  }

  @Test
  void weightsTiltTheOrderAndTheLimitCuts() {
    List<PassageRef> bm25 = List.of(hit("a"), hit("b"));
    List<PassageRef> vector = List.of(hit("b"), hit("a"));
    List<PassageRef> fused = ReciprocalRankFusion.fuse(List.of(bm25, vector), new double[] {1, 2}, 60, 1);
    assertEquals(1, fused.size());
    assertEquals("b", fused.get(0).passageId());
  }
}
