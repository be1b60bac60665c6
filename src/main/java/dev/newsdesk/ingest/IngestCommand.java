package dev.newsdesk.ingest;

import dev.newsdesk.index.PassageIndex;
import dev.newsdesk.ingest.feed.WebIngestor;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

/**
 * {@code ingest <file|folder|url|feed> …}, the command of the packaged application: ingests each
 * target with a progress bar, then prints a summary (new, updated, unchanged, duplicates, failed
 * with the reasons). Exits 1 when anything failed.
 */
@ApplicationScoped
public class IngestCommand {
  private static final int BAR = 30;

  private final ArticleIngestor ingestor;
  private final WebIngestor web;
  private final PassageIndex index;

  public IngestCommand(ArticleIngestor ingestor, WebIngestor web, PassageIndex index) {
    this.ingestor = ingestor;
    this.web = web;
    this.index = index;
  }

  public int run(List<String> targets, PrintStream out) throws IOException {
    long start = System.nanoTime();
    List<IngestResult> all = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (String target : targets) {
      out.println("Ingesting " + target);
      List<IngestResult> results;
      try {
        results = target.matches("(?i)https?://.*") ? web.ingestUrl(target, bar(out, -1)) : fromPath(Path.of(target), out);
      } catch (RuntimeException e) {
        failures.add(target + ": " + e.getMessage());
        out.println();
        continue;
      }
      out.println();
      all.addAll(results);
      results.stream().filter(r -> !r.isStored()).forEach(r -> failures.add(target + ": " + r.detail()));
    }
    index.compact();
    Map<String, Integer> counts = new TreeMap<>();
    all.stream().filter(IngestResult::isStored).forEach(r -> counts.merge(r.outcome(), 1, Integer::sum));
    double seconds = (System.nanoTime() - start) / 1e9;
    out.printf("%nDone in %.1f s (%.1f items/s): %d new, %d updated, %d unchanged, %d duplicates, %d failed%n",
        seconds, all.size() / Math.max(seconds, 1e-9), counts.getOrDefault(IngestResult.NEW, 0),
        counts.getOrDefault(IngestResult.UPDATED, 0), counts.getOrDefault(IngestResult.UNCHANGED, 0),
        counts.getOrDefault(IngestResult.DUPLICATE, 0), failures.size());
    failures.forEach(f -> out.println("  failed: " + f));
    var stats = index.stats();
    out.printf("The archive holds %d articles (%d stories), %d passages, %.1f MB%n",
        stats.articles(), stats.clusters(), stats.passages(), stats.sizeBytes() / 1e6);
    return failures.isEmpty() ? 0 : 1;
  }

  private List<IngestResult> fromPath(Path path, PrintStream out) throws IOException {
    List<Path> files;
    if (Files.isDirectory(path)) {
      try (Stream<Path> walk = Files.walk(path)) {
        files = walk.filter(Files::isRegularFile).filter(ArticleReader::isArticleFile).sorted().toList();
      }
    } else if (Files.isRegularFile(path)) {
      files = List.of(path);
    } else {
      throw new IllegalArgumentException("no such file or folder");
    }
    List<IngestResult> results = new ArrayList<>();
    IntConsumer progress = bar(out, files.size());
    for (int i = 0; i < files.size(); i++) {
      try {
        results.addAll(ingestor.ingest(ArticleReader.readFile(files.get(i))));
      } catch (RuntimeException e) {
        results.add(IngestResult.refused(i, files.get(i) + ": " + e.getMessage()));
      }
      progress.accept(i + 1);
    }
    return results;
  }

  /** A progress bar redrawn in place; with an unknown total, a counter. */
  private static IntConsumer bar(PrintStream out, int total) {
    return done -> {
      if (total <= 0) {
        out.printf("\r  %d items", done);
      } else {
        int filled = (int) Math.round((double) BAR * done / total);
        out.printf("\r  [%s%s] %d/%d", "#".repeat(filled), " ".repeat(BAR - filled), done, total);
      }
      out.flush();
    };
  }
}
