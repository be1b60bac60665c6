package dev.newsdesk.answer;

import dev.newsdesk.config.NewsdeskConfig;
import dev.newsdesk.embedding.PassageEmbedder;
import dev.newsdesk.index.PassageHit;
import dev.newsdesk.index.PassageIndex;
import dev.newsdesk.ingest.SentenceSplitter;
import dev.newsdesk.retrieval.KeyTerms;
import dev.newsdesk.retrieval.QueryAnalyzer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collections;
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
  private static final int MAX_EMBEDDED_SENTENCES = 16;
  private static final Pattern NAME_PHRASE =
      Pattern.compile("\\b\\p{Lu}[\\p{L}\\p{N}'’-]*(?:\\s+(?:of\\s+|de\\s+)?\\p{Lu}[\\p{L}\\p{N}'’-]*)+");
  private static final Pattern CAPITALISED = Pattern.compile("(?<![.?!]\\s)\\b\\p{Lu}[\\p{L}\\p{N}'’-]+");
  /** Support is multiplied by this for each publication the question cites that the archive lacks. */
  private static final double UNKNOWN_SOURCE_FACTOR = 0.7;
  /** How much more a name in the question weighs than another word of it. */
  private static final double NAME_WEIGHT = 3;
  private static final Pattern TIMESTAMP =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?(?:Z|[+-]\\d{2}:?\\d{2})?)?|\\b\\d{1,2}:\\d{2}(?::\\d{2})?\\b");
  private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d.,])\\d{1,3}(?:,\\d{3})+(?!\\d)|(?<![\\p{L}\\d.,])\\d+(?![\\d,])");
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
  private final QueryAnalyzer queries;
  private final NewsdeskConfig.Answer settings;

  public ExtractiveAnswerer(PassageEmbedder embedder, PassageIndex index, QueryAnalyzer queries, NewsdeskConfig config) {
    this.embedder = embedder;
    this.index = index;
    this.queries = queries;
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
    Set<String> numbers = numbers(question.standalone());
    List<List<String>> phrases = namePhrases(question.standalone());
    double sourcePenalty = Math.pow(UNKNOWN_SOURCE_FACTOR, queries.analyse(question.standalone()).unknownSources().size());
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < passages.size(); i++) {
      PassageHit passage = passages.get(i);
      Set<String> titleTerms = KeyTerms.setOf(passage.title());
      if (support(passage, weights, numbers, phrases) * sourcePenalty < settings.minCoverage()) {
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

  /** The best passage's coverage, and the publications cited that the archive lacks. */
  public record Support(double bestPassage, int unknownSources) {
    /** The support, 0–1, that {@code minCoverage} is compared with. */
    public double score() {
      return bestPassage * Math.pow(UNKNOWN_SOURCE_FACTOR, unknownSources);
    }
  }

  /**
   * How well the retrieved passages support an answer: the best passage's share of the question's
   * key-word weight (names count triple), halved for each number or year of the question it
   * lacks, and lowered for each publication the question cites that the archive has no story
   * from. Below {@code minCoverage} the answerer says the archive doesn't hold it.
   */
  public Support support(Question question, List<PassageHit> passages) {
    Set<String> questionTerms = KeyTerms.setOf(question.standalone());
    questionTerms.removeAll(QUESTION_FILLER);
    if (passages.isEmpty() || questionTerms.isEmpty()) {
      return new Support(0, 0);
    }
    TermWeights weights = TermWeights.of(questionTerms, namedTerms(question.standalone()), index);
    Set<String> numbers = numbers(question.standalone());
    List<List<String>> phrases = namePhrases(question.standalone());
    double best = passages.stream().mapToDouble(p -> support(p, weights, numbers, phrases)).max().orElse(0);
    // "According to Bloomberg" when the archive holds no Bloomberg story: whatever else matches,
    // it is not what was asked for.
    return new Support(best, queries.analyse(question.standalone()).unknownSources().size());
  }

  private static Set<String> passageTerms(PassageHit passage) {
    Set<String> terms = new HashSet<>(KeyTerms.of(passage.text()));
    terms.addAll(KeyTerms.of(passage.title()));
    if (passage.source() != null) {
      terms.addAll(KeyTerms.of(passage.source()));
    }
    return terms;
  }

  private static double support(PassageHit passage, TermWeights weights, Set<String> numbers, List<List<String>> phrases) {
    Set<String> terms = passageTerms(passage);
    // A name of several words counts only as a whole: "Cup Series" is not the "World Cup".
    List<String> sequence = KeyTerms.of(passage.title() + "\n" + passage.text() + "\n"
        + (passage.source() == null ? "" : passage.source()));
    for (List<String> phrase : phrases) {
      if (Collections.indexOfSubList(sequence, phrase) < 0) {
        terms.removeAll(phrase);
      }
    }
    double support = weights.coverage(terms);
    String haystack = passage.title() + " " + passage.text() + " "
        + (passage.publishedAt() == null ? "" : passage.publishedAt().toString().substring(0, 4));
    Set<String> present = numbers(haystack);
    for (String n : numbers) {
      if (!present.contains(n)) {
        support /= 2;
      }
    }
    return support;
  }

  /**
   * Numbers and years as written, without thousands separators ("2022", "21", "1000"); digits of
   * timestamps and clock times are not numbers a passage would repeat.
   */
  static Set<String> numbers(String text) {
    Set<String> out = new HashSet<>();
    Matcher m = NUMBER.matcher(TIMESTAMP.matcher(text).replaceAll(" "));
    while (m.find()) {
      out.add(m.group().replace(",", ""));
    }
    return out;
  }

  /** Names of two or more words in the question ("World Cup", "Sam Bankman-Fried"), as terms. */
  static List<List<String>> namePhrases(String question) {
    List<List<String>> phrases = new ArrayList<>();
    Matcher m = NAME_PHRASE.matcher(question);
    while (m.find()) {
      List<String> terms = KeyTerms.of(m.group());
      if (terms.size() >= 2) {
        phrases.add(terms);
      }
    }
    return phrases;
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
    /** Names (Japan, Putin) weigh triple: a passage without the name is about something else. */
    static TermWeights of(Set<String> terms, Set<String> names, PassageIndex index) {
      long n = Math.max(1, index.passageCount());
      Map<String, Double> idf = new LinkedHashMap<>();
      index.passageFrequencies(terms).forEach((t, df) ->
          idf.put(t, (names.contains(t) ? NAME_WEIGHT : 1) * Math.log(1 + (n - df + 0.5) / (df + 0.5))));
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
