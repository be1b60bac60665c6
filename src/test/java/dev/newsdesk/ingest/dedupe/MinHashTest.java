package dev.newsdesk.ingest.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wire-copy detection on a labelled set built from the bundled sample: for each of its 20 articles,
 * a republished copy (another dateline, a few words changed, an editor's note, the last paragraph
 * cut) and a trimmed copy (the first 70 % of paragraphs), against all 190 pairs of different
 * articles — many on the same beat.
 */
class MinHashTest {
  static final double THRESHOLD = 0.5; // the default of newsdesk.dedupe.threshold

  private static List<String> sampleBodies() throws IOException {
    List<String> bodies = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        MinHashTest.class.getResourceAsStream("/sample/multihop-rag-sample.jsonl"), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        JsonNode n = json.readTree(line);
        bodies.add(n.get("body").asText());
      }
    }
    return bodies;
  }

  /** What an outlet does to a wire story: its own dateline, a word changed here and there, a cut, a note. */
  static String republished(String body) {
    List<String> paragraphs = new ArrayList<>(Arrays.asList(body.split("\n+")));
    if (paragraphs.size() > 3) {
      paragraphs.remove(paragraphs.size() - 1);
    }
    for (int i = 0; i < paragraphs.size(); i += 3) {
      paragraphs.set(i, paragraphs.get(i).replaceFirst(" (said|says|is|was|the) ", " reportedly "));
    }
    return "NEW YORK (AP) — " + String.join("\n", paragraphs)
        + "\nEditor's note: this story has been updated with additional reporting.";
  }

  static String trimmed(String body) {
    List<String> paragraphs = Arrays.asList(body.split("\n+"));
    return String.join("\n", paragraphs.subList(0, Math.max(1, (int) Math.ceil(paragraphs.size() * 0.7))));
  }

  @Test
  void republishedCopiesAreFoundAndDifferentStoriesNeverMatch() throws IOException {
    List<String> bodies = sampleBodies();
    assertEquals(20, bodies.size());
    int republishedFound = 0, trimmedFound = 0, falseMatches = 0;
    double highestNegative = 0;
    for (int i = 0; i < bodies.size(); i++) {
      MinHash original = MinHash.of(bodies.get(i));
      if (original.similarity(MinHash.of(republished(bodies.get(i)))) >= THRESHOLD) {
        republishedFound++;
      }
      if (original.similarity(MinHash.of(trimmed(bodies.get(i)))) >= THRESHOLD) {
        trimmedFound++;
      }
      for (int j = i + 1; j < bodies.size(); j++) {
        double s = original.similarity(MinHash.of(bodies.get(j)));
        highestNegative = Math.max(highestNegative, s);
        if (s >= THRESHOLD) {
          falseMatches++;
        }
      }
    }
    int found = republishedFound + trimmedFound;
    System.out.printf("dedupe at %.2f: republished %d/20, trimmed %d/20, false matches %d/190, "
        + "precision %.3f, recall %.3f, highest different-story similarity %.3f%n", THRESHOLD, republishedFound,
        trimmedFound, falseMatches, (double) found / Math.max(1, found + falseMatches), found / 40.0, highestNegative);
    assertEquals(0, falseMatches, "no two different stories are taken for copies");
    assertEquals(20, republishedFound, "every republished copy is found");
    assertEquals(20, trimmedFound, "every trimmed copy is found");
  }

  @Test
  void bandsOfNearCopiesMeetAndTheSignatureSurvivesStorage() throws IOException {
    String body = sampleBodies().get(0);
    MinHash a = MinHash.of(body);
    MinHash b = MinHash.of(republished(body));
    assertTrue(a.bands().stream().anyMatch(b.bands()::contains));
    assertEquals(1.0, a.similarity(MinHash.fromBytes(a.toBytes())));
    assertEquals(MinHash.SIZE * Long.BYTES, a.toBytes().length);
  }
}
