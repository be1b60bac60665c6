package dev.newsdesk.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The port of MultiHop-RAG's metric agrees with the figures its own script gives. */
class MultiHopMetricTest {

  private static JsonNode vectors() throws IOException {
    try (InputStream in = MultiHopMetricTest.class.getResourceAsStream("/benchmark/metric_test_vectors.json")) {
      return new ObjectMapper().readTree(in);
    }
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  @TestFactory
  List<DynamicTest> everyCaseMatchesTheScript() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode c : vectors().get("retrieval_cases")) {
      tests.add(DynamicTest.dynamicTest(c.get("name").asText(), () -> {
        MultiHopMetric.Scores s = MultiHopMetric.score(strings(c.get("retrieved")), strings(c.get("gold_facts")));
        JsonNode expected = c.get("expected");
        assertEquals(expected.get("Hits@10").asDouble(), s.hits10(), 1e-12);
        assertEquals(expected.get("Hits@4").asDouble(), s.hits4(), 1e-12);
        assertEquals(expected.get("MRR@10").asDouble(), s.mrr10(), 1e-12);
        assertEquals(expected.get("MAP@10").asDouble(), s.map10(), 1e-12);
      }));
    }
    return tests;
  }

  @Test
  void theAverageOverAllCasesMatchesTheScript() throws IOException {
    JsonNode v = vectors();
    double hits10 = 0, hits4 = 0, mrr = 0, map = 0;
    int n = 0;
    for (JsonNode c : v.get("retrieval_cases")) {
      MultiHopMetric.Scores s = MultiHopMetric.score(strings(c.get("retrieved")), strings(c.get("gold_facts")));
      hits10 += s.hits10();
      hits4 += s.hits4();
      mrr += s.mrr10();
      map += s.map10();
      n++;
    }
    JsonNode avg = v.get("retrieval_all_cases_averaged");
    assertEquals(avg.get("Hits@10").asDouble(), hits10 / n, 1e-12);
    assertEquals(avg.get("Hits@4").asDouble(), hits4 / n, 1e-12);
    assertEquals(avg.get("MRR@10").asDouble(), mrr / n, 1e-12);
    assertEquals(avg.get("MAP@10").asDouble(), map / n, 1e-12);
  }

  @Test
  void theStandardMapCountsPrecisionAtEachRelevantRank() {
    // Relevant at ranks 1 and 3 with two facts: (1/1 + 2/3) / 2.
    MultiHopMetric.Scores s = MultiHopMetric.score(List.of("a b", "x", "c d"), List.of("ab", "cd"));
    assertEquals((1 + 2.0 / 3) / 2, s.mapStandard(), 1e-12);
    assertEquals(List.of(1, 3), s.hitRanks());
  }
}
