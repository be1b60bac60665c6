package dev.newsdesk.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts an article into passages of whole sentences. A passage is closed once its body reaches the
 * target length, and never grows past the hard cap (header included). The next passage repeats the
 * last sentence(s), so a fact on a boundary is whole in at least one passage.
 */
public final class PassageSplitter {
  /** Room left for text however long the header: a title of 150 words still gets passages. */
  private static final int MIN_BODY_WORDS = 40;

  private final int maxWords;
  private final int targetWords;
  private final int overlapSentences;

  public PassageSplitter(int maxWords, int targetWords, int overlapSentences) {
    if (targetWords < 1 || maxWords < targetWords || overlapSentences < 0) {
      throw new IllegalArgumentException("need 1 <= targetWords <= maxWords and overlap >= 0");
    }
    this.maxWords = maxWords;
    this.targetWords = targetWords;
    this.overlapSentences = overlapSentences;
  }

  public List<Passage> split(Article article) {
    // The cap counts the header too; a long title leaves less room for the text.
    int budget = Math.max(MIN_BODY_WORDS, maxWords - PassageHeader.wordCount(article));
    int target = Math.min(targetWords, budget);
    List<String> sentences = new ArrayList<>();
    for (String sentence : SentenceSplitter.split(article.body())) {
      sentences.addAll(cutLongSentence(sentence, budget));
    }
    List<Passage> passages = new ArrayList<>();
    int first = 0;
    while (first < sentences.size()) {
      int end = first;
      int words = 0;
      while (end < sentences.size()) {
        int w = wordCount(sentences.get(end));
        if (end > first && (words + w > budget || words >= target)) {
          break;
        }
        words += w;
        end++;
      }
      passages.add(
          new Passage(article.id(), passages.size(), String.join(" ", sentences.subList(first, end))));
      if (end >= sentences.size()) {
        break;
      }
      // Overlap, but always move forward, and drop the overlap when it would crowd out the next
      // sentence (the passage would hold nothing new).
      int next = Math.max(first + 1, end - overlapSentences);
      int overlapWords = 0;
      for (int i = next; i < end; i++) {
        overlapWords += wordCount(sentences.get(i));
      }
      first = overlapWords + wordCount(sentences.get(end)) > budget ? end : next;
    }
    return passages;
  }

  private static List<String> cutLongSentence(String sentence, int budget) {
    String[] words = sentence.split("\\s+");
    if (words.length <= budget) {
      return List.of(sentence);
    }
    List<String> pieces = new ArrayList<>();
    for (int i = 0; i < words.length; i += budget) {
      pieces.add(String.join(" ", Arrays.copyOfRange(words, i, Math.min(words.length, i + budget))));
    }
    return pieces;
  }

  public static int wordCount(String text) {
    String s = text.strip();
    return s.isEmpty() ? 0 : s.split("\\s+").length;
  }
}
