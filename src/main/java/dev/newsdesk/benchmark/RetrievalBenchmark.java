package dev.newsdesk.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.newsdesk.answer.ExtractiveAnswerer;
import dev.newsdesk.answer.Question;
import dev.newsdesk.config.NewsdeskConfig;
import dev.newsdesk.index.IndexStats;
import dev.newsdesk.index.PassageHit;
import dev.newsdesk.index.PassageIndex;
import dev.newsdesk.index.SearchFilter;
import dev.newsdesk.ingest.ArticleIngestor;
import dev.newsdesk.ingest.ArticleReader;
import dev.newsdesk.ingest.IngestResult;
import dev.newsdesk.ingest.ParsedArticle;
import dev.newsdesk.ingest.Passage;
import dev.newsdesk.ingest.PassageHeader;
import dev.newsdesk.ingest.PassageSplitter;
import dev.newsdesk.retrieval.HybridRetriever;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Ingests a MultiHop-RAG-style corpus, runs its queries through {@link HybridRetriever} (the
 * retrieval every answer uses) and prints the benchmark's metrics overall and per question type,
 * passage lengths, ingest speed and query latency; writes every query's result to a JSON file.
 * With {@code --abstention}, also reports how often the extractive answerer rightly (on the
 * unanswerable queries) or wrongly says the archive doesn't hold the answer.
 */
@ApplicationScoped
public class RetrievalBenchmark {
  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
      .enable(SerializationFeature.INDENT_OUTPUT);
  private static final int K = 10;

  private final PassageIndex index;
  private final ArticleIngestor ingestor;
  private final HybridRetriever retriever;
  private final ExtractiveAnswerer extractive;
  private final double minCoverage;

  public RetrievalBenchmark(PassageIndex index, ArticleIngestor ingestor, HybridRetriever retriever,
      ExtractiveAnswerer extractive, NewsdeskConfig config) {
    this.index = index;
    this.ingestor = ingestor;
    this.retriever = retriever;
    this.extractive = extractive;
    this.minCoverage = config.answer().minCoverage();
  }

  /** What to run: file paths and switches, from the command line. */
  public record Options(Path corpus, Path queries, Path output, boolean reingest, boolean abstention, int limit) {}

  public int run(Options options, PrintStream out) throws IOException {
    List<ParsedArticle> corpus = ArticleReader.readFile(options.corpus());
    Ingest ingest = ingest(corpus, options.reingest(), out);
    List<JsonNode> queries = new ArrayList<>();
    JSON.readTree(options.queries().toFile()).forEach(queries::add);
    if (options.limit() > 0 && options.limit() < queries.size()) {
      queries = queries.subList(0, options.limit());
    }

    for (int i = 0; i < 5; i++) {
      retriever.retrieve(queries.get(i % queries.size()).get("query").asText(), SearchFilter.NONE, K); // warm up
    }
    Map<String, Totals> byType = new TreeMap<>();
    Totals all = new Totals();
    List<Double> latencies = new ArrayList<>();
    List<Map<String, Object>> perQuery = new ArrayList<>();
    Abstention abstention = new Abstention(minCoverage);
    long started = System.nanoTime();
    for (int q = 0; q < queries.size(); q++) {
      JsonNode item = queries.get(q);
      String query = item.get("query").asText();
      String type = item.get("question_type").asText();
      long t0 = System.nanoTime();
      List<PassageHit> hits = retriever.retrieve(query, SearchFilter.NONE, K);
      latencies.add((System.nanoTime() - t0) / 1e6);
      List<String> gold = new ArrayList<>();
      item.path("evidence_list").forEach(e -> gold.add(e.get("fact").asText()));

      Map<String, Object> record = new LinkedHashMap<>();
      record.put("query", query);
      record.put("type", type);
      record.put("gold", gold);
      if (!type.equals("null_query")) {
        MultiHopMetric.Scores s = MultiHopMetric.score(hits.stream().map(PassageHit::text).toList(), gold);
        all.add(s);
        byType.computeIfAbsent(type, t -> new Totals()).add(s);
        record.put("hitRanks", s.hitRanks());
      }
      if (options.abstention()) {
        // Exactly the answerer's decision: its support of the passages the chat would answer from.
        var support = extractive.support(Question.of(query), hits.subList(0, Math.min(hits.size(), retriever.defaultK())));
        abstention.add(type.equals("null_query"), support.score());
        record.put("support", round(support.score()));
        record.put("supportBestPassage", round(support.bestPassage()));
        record.put("unknownSources", support.unknownSources());
      }
      record.put("retrieved", hits.stream().map(h -> Map.of(
          "title", h.title(), "source", String.valueOf(h.source()), "text", h.text())).toList());
      perQuery.add(record);
      if ((q + 1) % 100 == 0) {
        out.printf("  %d/%d queries, %.0f s%n", q + 1, queries.size(), (System.nanoTime() - started) / 1e9);
      }
    }

    Map<String, Object> report = new LinkedHashMap<>();
    report.put("corpus", options.corpus().toString());
    report.put("queries", options.queries().toString());
    report.put("embeddingModel", index.embeddingModel());
    report.put("ingest", ingest.summary());
    report.put("overall", all.summary());
    Map<String, Object> types = new LinkedHashMap<>();
    byType.forEach((t, totals) -> types.put(t, totals.summary()));
    report.put("byType", types);
    report.put("latencyMs", latency(latencies));
    if (options.abstention()) {
      report.put("abstention", abstention.summary());
    }
    print(report, out);
    report.put("perQuery", perQuery);
    Files.createDirectories(options.output().toAbsolutePath().getParent());
    JSON.writeValue(options.output().toFile(), report);
    out.println("Per-query results written to " + options.output());
    return 0;
  }

  private Ingest ingest(List<ParsedArticle> corpus, boolean reingest, PrintStream out) {
    long articles = corpus.stream().filter(ParsedArticle::isOk).count();
    List<Integer> words = new ArrayList<>();
    for (ParsedArticle p : corpus) {
      if (p.isOk()) {
        for (Passage passage : ingestor.passagesOf(p.article())) {
          words.add(PassageSplitter.wordCount(PassageHeader.withHeader(p.article(), passage.text())));
        }
      }
    }
    IndexStats before = index.stats();
    if (!reingest && before.articles() == articles && before.passages() == words.size()) {
      out.printf("Reusing the index: %d articles, %d passages%n", before.articles(), before.passages());
      index.compact();
      return new Ingest(words, 0, -1);
    }
    out.printf("Ingesting %d articles (%d passages)…%n", articles, words.size());
    long start = System.nanoTime();
    int done = 0;
    int stored = 0;
    for (int from = 0; from < corpus.size(); from += 20) {
      List<ParsedArticle> batch = corpus.subList(from, Math.min(corpus.size(), from + 20));
      for (IngestResult r : ingestor.ingest(batch)) {
        if (r.isStored()) {
          stored += r.passages();
        }
      }
      done += batch.size();
      double seconds = (System.nanoTime() - start) / 1e9;
      out.printf("  %d/%d articles, %d passages, %.1f passages/s%n", done, corpus.size(), stored, stored / seconds);
    }
    index.compact();
    return new Ingest(words, stored, (System.nanoTime() - start) / 1e9);
  }

  private record Ingest(List<Integer> passageWords, int passagesStored, double seconds) {
    Map<String, Object> summary() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("passages", passageWords.size());
      m.put("meanPassageWords", round(passageWords.stream().mapToInt(Integer::intValue).average().orElse(0)));
      m.put("maxPassageWords", passageWords.stream().mapToInt(Integer::intValue).max().orElse(0));
      if (seconds >= 0) {
        m.put("seconds", round(seconds));
        m.put("passagesPerSecond", round(passagesStored / seconds));
      } else {
        m.put("note", "index reused; run with --reingest to measure ingest speed");
      }
      return m;
    }
  }

  private static final class Totals {
    int n;
    double hits10;
    double hits4;
    double mrr10;
    double map10;
    double mapStandard;

    void add(MultiHopMetric.Scores s) {
      n++;
      hits10 += s.hits10();
      hits4 += s.hits4();
      mrr10 += s.mrr10();
      map10 += s.map10();
      mapStandard += s.mapStandard();
    }

    Map<String, Object> summary() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("queries", n);
      m.put("Hits@10", round(hits10 / n));
      m.put("Hits@4", round(hits4 / n));
      m.put("MRR@10", round(mrr10 / n));
      m.put("MAP@10", round(map10 / n));
      m.put("MAP@10 standard", round(mapStandard / n));
      return m;
    }
  }

  /** How often the extractive answerer abstains, at its threshold and at others for tuning. */
  private static final class Abstention {
    final double threshold;
    final List<Double> unanswerable = new ArrayList<>();
    final List<Double> answerable = new ArrayList<>();

    Abstention(double threshold) {
      this.threshold = threshold;
    }

    void add(boolean isNullQuery, double support) {
      (isNullQuery ? unanswerable : answerable).add(support);
    }

    Map<String, Object> summary() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("threshold", threshold);
      m.put("rightAbstentionOnNullQueries", share(unanswerable, threshold));
      m.put("wrongAbstentionOnAnswerable", share(answerable, threshold));
      m.put("nullQueries", unanswerable.size());
      m.put("answerableQueries", answerable.size());
      Map<String, Object> curve = new LinkedHashMap<>();
      for (int t = 30; t <= 90; t += 5) {
        curve.put(String.valueOf(t / 100.0),
            "right " + share(unanswerable, t / 100.0) + ", wrong " + share(answerable, t / 100.0));
      }
      m.put("atOtherThresholds", curve);
      return m;
    }

    private static double share(List<Double> supports, double t) {
      return round((double) supports.stream().filter(s -> s < t).count() / Math.max(1, supports.size()));
    }
  }

  private static Map<String, Object> latency(List<Double> millis) {
    double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return Map.of(
        "median", round(percentile(sorted, 50)),
        "p95", round(percentile(sorted, 95)),
        "max", round(sorted[sorted.length - 1]),
        "mean", round(Arrays.stream(sorted).average().orElse(0)));
  }

  static double percentile(double[] sorted, double p) {
    int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  private static double round(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }

  private static void print(Map<String, Object> report, PrintStream out) throws IOException {
    out.println(JSON.writeValueAsString(report));
  }
}
