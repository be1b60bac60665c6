package dev.newsdesk.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PassageSplitterTest {

  private static Article article(String body) {
    return new Article("a1", "A title of five words", body, null, "Reuters", null,
        Instant.parse("2024-08-16T00:00:00Z"), null, null, null);
  }

  /** Sentence i has exactly {@code words} words and ends with "s{i}." so it can be found again. */
  private static String sentences(int count, int words) {
    return IntStream.range(0, count)
        .mapToObj(i -> "Word " + "word ".repeat(words - 2) + "s" + i + ".")
        .collect(Collectors.joining(" "));
  }

  @Test
  void passagesStayUnderTheCapWithTheirHeaderAndOverlapByOneSentence() {
    Article a = article(sentences(30, 25));
    List<Passage> passages = new PassageSplitter(190, 120, 1).split(a);
    int header = PassageHeader.wordCount(a);
    for (Passage p : passages) {
      assertTrue(PassageSplitter.wordCount(p.text()) + header <= 190, "too long: " + p.text());
    }
    // 25-word sentences, closed at >= 120 words: 5 sentences each, the last repeated next time.
    assertEquals(125, PassageSplitter.wordCount(passages.get(0).text()));
    assertTrue(passages.get(0).text().endsWith("s4."));
    assertTrue(passages.get(1).text().startsWith("Word word") && passages.get(1).text().contains("s4. "));
    // Starts at sentences 0, 4, 8, … 28: eight passages.
    assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7), passages.stream().map(Passage::ordinal).toList());
    assertTrue(passages.get(7).text().endsWith("s29."));
  }

  @Test
  void everySentenceEndsUpWholeInSomePassage() {
    List<Passage> passages = new PassageSplitter(190, 120, 1).split(article(sentences(23, 17)));
    for (int i = 0; i < 23; i++) {
      String sentence = "Word " + "word ".repeat(15) + "s" + i + ".";
      assertTrue(passages.stream().anyMatch(p -> p.text().contains(sentence)), "lost sentence " + i);
    }
  }

  @Test
  void aSentenceLongerThanThePassageIsCutIntoPieces() {
    List<Passage> passages = new PassageSplitter(190, 120, 1).split(article("long ".repeat(400).strip() + "."));
    assertTrue(passages.size() >= 3);
    passages.forEach(p -> assertTrue(PassageSplitter.wordCount(p.text()) <= 190));
    assertEquals(400, passages.stream().mapToInt(p -> PassageSplitter.wordCount(p.text())).sum());
  }

  @Test
  void aShortArticleIsOnePassage() {
    List<Passage> passages = new PassageSplitter(190, 120, 1).split(article("One sentence. Two sentences."));
    assertEquals(1, passages.size());
    assertEquals("One sentence. Two sentences.", passages.get(0).text());
    assertEquals("a1#0", passages.get(0).id());
  }
}
