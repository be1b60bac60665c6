package dev.newsdesk.answer;

import dev.newsdesk.config.NewsdeskConfig;
import dev.newsdesk.embedding.PassageEmbedder;
import dev.newsdesk.index.PassageHit;
import dev.newsdesk.index.PassageIndex;
import dev.newsdesk.ingest.SentenceSplitter;
import dev.newsdesk.retrieval.KeyTerms;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers without an LLM by quoting the sentence(s) of the retrieved passages that best answer the
 * question, each with its [n]. A sentence is scored by the rare question words it shares, its
 * embedding similarity to the question, whether it holds what the question type asks for (a time
 * for "when", a place for "where" …) and its passage's rank. When no passage holds enough of the
 * question's key words, it says the archive doesn't have it rather than quote noise.
 */
@ApplicationScoped
public class ExtractiveAnswerer implements Answerer {
  /** Sentences embedded per question at most; the lexically best go first. */
  private static final int MAX_EMBEDDED_SENTENCES = 40;
  private static final Pattern CAPITALISED = Pattern.compile("(?<![.?!]\\s)\\b\\p{Lu}[\\p{L}\\p{N}'’-]+");
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("^(.*?)\\s*([.!?…]+[\"'”’)\\]]*)$", Pattern.DOTALL);

  /**
   * Words of how a question is asked rather than what it is about; a passage need not contain them
   * ("When did the summit happen?" is answered by a sentence that never says "happen").
   */
  private static final Set<String> QUESTION_FILLER = KeyTerms.setOf(
      "happen happened happens happening occur occurred occurs take took taken place say said says tell told "
          + "report reported reports reporting according article articles news story stories mention mentioned "
          + "mentions describe described explain explained know known did does do thing things publish published "
          + "suggest suggests suggested indicate indicates");

  private final PassageEmbedder embedder;
  private final PassageIndex index;
  private final NewsdeskConfig.Answer settings;

  public ExtractiveAnswerer(PassageEmbedder embedder, PassageIndex index, NewsdeskConfig config) {
    this.embedder = embedder;
    this.index = index;
    this.settings = config.answer();
  }

  @Override
  public String mode() {
    return "extractive";
  }

  @Override
  public String write(Question question, List<PassageHit> passages, Consumer<String> pieces) {
    String text = compose(question, passages);
    for (String piece : text.split("(?<=\\s)")) {
      pieces.accept(piece);
    }
    return text;
  }

  private String compose(Question question, List<PassageHit> passages) {
    Set<String> questionTerms = KeyTerms.setOf(question.standalone());
    questionTerms.removeAll(QUESTION_FILLER);
    if (passages.isEmpty() || questionTerms.isEmpty()) {
      return settings.notFoundMessage();
    }
    TermWeights weights = TermWeights.of(questionTerms, namedTerms(question.standalone()), index);
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < passages.size(); i++) {
      PassageHit passage = passages.get(i);
      Set<String> titleTerms = KeyTerms.setOf(passage.title());
      Set<String> passageTerms = new HashSet<>(KeyTerms.of(passage.text()));
      passageTerms.addAll(titleTerms);
      if (passage.source() != null) {
        passageTerms.addAll(KeyTerms.of(passage.source()));
      }
      if (weights.coverage(passageTerms) < settings.minCoverage()) {
        continue;
      }
      for (String sentence : SentenceSplitter.split(passage.text())) {
        Set<String> sentenceTerms = KeyTerms.setOf(sentence);
        // Words of the title count half: the sentence belongs to that story, but doesn't say them.
        double lexical = weights.coverage(sentenceTerms) + 0.5 * weights.coverage(titleOnly(titleTerms, sentenceTerms));
        candidates.add(new Candidate(i, sentence, sentenceTerms, lexical));
      }
    }
    if (candidates.isEmpty()) {
      return settings.notFoundMessage();
    }
    scoreSemantics(question, candidates);
    QuestionType type = QuestionType.of(question.asked());
    for (Candidate c : candidates) {
      c.score = 0.45 * c.lexical + 0.45 * c.similarity + (type.isAnsweredBy(c.sentence) ? 0.15 : 0) + 0.05 / (1 + c.passage);
    }
    candidates.sort(Comparator.comparingDouble((Candidate c) -> c.score).reversed());
    return quote(pickSentences(candidates, weights));
  }

  /** Terms of the capitalised words inside the question (not its first word): names, mostly. */
  static Set<String> namedTerms(String question) {
    Set<String> names = new HashSet<>();
    Matcher m = CAPITALISED.matcher(question);
    while (m.find()) {
      if (m.start() > 0) {
        names.addAll(KeyTerms.of(m.group()));
      }
    }
    return names;
  }

  private static Set<String> titleOnly(Set<String> titleTerms, Set<String> sentenceTerms) {
    Set<String> only = new HashSet<>(titleTerms);
    only.removeAll(sentenceTerms);
    return only;
  }

  private void scoreSemantics(Question question, List<Candidate> candidates) {
    List<Candidate> embedded = candidates.stream()
        .sorted(Comparator.comparingDouble((Candidate c) -> c.lexical).reversed())
        .limit(MAX_EMBEDDED_SENTENCES)
        .toList();
    float[] q = embedder.embedQuery(question.standalone());
    List<float[]> vectors = embedder.embedPassages(embedded.stream().map(c -> c.sentence).toList());
    for (int i = 0; i < embedded.size(); i++) {
      embedded.get(i).similarity = dot(q, vectors.get(i));
    }
  }

  /** The best sentence, then others that score nearly as well and add question words it lacks. */
  private List<Candidate> pickSentences(List<Candidate> ranked, TermWeights weights) {
    List<Candidate> picked = new ArrayList<>();
    Set<String> covered = new HashSet<>();
    Candidate best = ranked.get(0);
    for (Candidate c : ranked) {
      if (picked.size() >= settings.maxSentences()) {
        break;
      }
      if (!picked.isEmpty() && (c.score < 0.9 * best.score || !weights.addsTerms(covered, c.terms)
          || picked.stream().anyMatch(p -> p.sentence.equals(c.sentence)))) {
        continue;
      }
      picked.add(c);
      covered.addAll(c.terms);
    }
    return picked;
  }

  private static String quote(List<Candidate> sentences) {
    StringBuilder answer = new StringBuilder();
    for (Candidate c : sentences) {
      if (answer.length() > 0) {
        answer.append(' ');
      }
      String marker = " [" + (c.passage + 1) + "]";
      Matcher m = TRAILING_PUNCTUATION.matcher(c.sentence);
      answer.append(m.matches() ? m.group(1) + marker + m.group(2) : c.sentence + marker);
    }
    return answer.toString();
  }

  private static double dot(float[] a, float[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  private static final class Candidate {
    final int passage;
    final String sentence;
    final Set<String> terms;
    final double lexical;
    double similarity;
    double score;

    Candidate(int passage, String sentence, Set<String> terms, double lexical) {
      this.passage = passage;
      this.sentence = sentence;
      this.terms = terms;
      this.lexical = lexical;
    }
  }

  /** The question's key terms, each weighted by how rare it is in the archive (BM25's idf). */
  record TermWeights(Map<String, Double> idf, double total) {
    /** Names (Japan, Putin) weigh double: a passage without the name is about something else. */
    static TermWeights of(Set<String> terms, Set<String> names, PassageIndex index) {
      long n = Math.max(1, index.stats().passages());
      Map<String, Double> idf = new LinkedHashMap<>();
      index.passageFrequencies(terms).forEach((t, df) ->
          idf.put(t, (names.contains(t) ? 2 : 1) * Math.log(1 + (n - df + 0.5) / (df + 0.5))));
      return new TermWeights(idf, idf.values().stream().mapToDouble(Double::doubleValue).sum());
    }

    /** Share of the question's weight found among {@code terms}, 0–1. */
    double coverage(Set<String> terms) {
      if (total == 0) {
        return 0;
      }
      double found = 0;
      for (var e : idf.entrySet()) {
        if (terms.contains(e.getKey())) {
          found += e.getValue();
        }
      }
      return found / total;
    }

    boolean addsTerms(Set<String> covered, Set<String> terms) {
      return idf.keySet().stream().anyMatch(t -> terms.contains(t) && !covered.contains(t));
    }
  }
}
