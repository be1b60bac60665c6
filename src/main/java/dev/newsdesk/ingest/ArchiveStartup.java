package dev.newsdesk.ingest;

import dev.newsdesk.config.NewsdeskConfig;
import dev.newsdesk.embedding.PassageEmbedder;
import dev.newsdesk.index.IndexStats;
import dev.newsdesk.index.PassageIndex;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Gets the archive ready at start: rebuilds the index when the embedding model changed, loads the
 * bundled sample news into an empty index, and ingests the files of the ingest folder.
 */
@ApplicationScoped
public class ArchiveStartup {
  private static final String SAMPLE_FOLDER = "sample/";

  private final PassageIndex index;
  private final PassageEmbedder embedder;
  private final ArticleIngestor ingestor;
  private final NewsdeskConfig config;
  private volatile boolean ready;

  public ArchiveStartup(PassageIndex index, PassageEmbedder embedder, ArticleIngestor ingestor, NewsdeskConfig config) {
    this.index = index;
    this.embedder = embedder;
    this.ingestor = ingestor;
    this.config = config;
  }

  void onStart(@Observes StartupEvent event) {
    long start = System.nanoTime();
    rebuildIfModelChanged();
    if (config.sample().enabled() && index.stats().articles() == 0) {
      loadSample();
    }
    config.ingestDir().map(Path::of).ifPresent(this::ingestFolder);
    IndexStats stats = index.stats();
    Log.infof(
        "Archive ready in %.1f s: %d articles, %d passages, %.1f MB on disk",
        (System.nanoTime() - start) / 1e9, stats.articles(), stats.passages(), stats.sizeBytes() / 1e6);
    ready = true;
  }

  /** Whether start-up ingestion has finished (the readiness check reports it). */
  public boolean isReady() {
    return ready;
  }

  private void rebuildIfModelChanged() {
    String recorded = index.embeddingModel();
    if (index.isCurrent(embedder.name())) {
      return;
    }
    if (index.stats().articles() == 0) {
      index.clear(embedder.name());
      return;
    }
    List<Article> articles = new ArrayList<>();
    index.forEachArticle(articles::add);
    Log.warnf(
        recorded.equals(embedder.name())
            ? "The index layout changed: rebuilding the index of %3$d articles"
            : "The embedding model changed from '%s' to '%s': rebuilding the index of %d articles",
        recorded, embedder.name(), articles.size());
    index.clear(embedder.name());
    report("rebuild", ingestor.ingestArticles(articles));
  }

  private void loadSample() {
    long start = System.nanoTime();
    List<IngestResult> results = new ArrayList<>();
    for (String file : resourceText(SAMPLE_FOLDER + "manifest.txt").split("\\R")) {
      if (!file.isBlank()) {
        results.addAll(ingestor.ingest(ArticleReader.read(file.strip(), resourceText(SAMPLE_FOLDER + file.strip()))));
      }
    }
    report("sample", results);
    Log.infof("Loaded the sample news in %.1f s", (System.nanoTime() - start) / 1e9);
  }

  private void ingestFolder(Path folder) {
    if (!Files.isDirectory(folder)) {
      Log.warnf("The ingest folder %s does not exist; skipping it", folder);
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).filter(ArticleReader::isArticleFile).sorted().toList()) {
        try {
          report(file.toString(), ingestor.ingest(ArticleReader.readFile(file)));
        } catch (RuntimeException e) {
          Log.errorf("Skipping %s: %s", file, e.getMessage());
        }
      }
    } catch (IOException e) {
      Log.errorf("Cannot read the ingest folder %s: %s", folder, e.getMessage());
    }
  }

  private static void report(String what, List<IngestResult> results) {
    long stored = results.stream().filter(IngestResult::isStored).count();
    int passages = results.stream().filter(IngestResult::isStored).mapToInt(IngestResult::passages).sum();
    Log.infof("Ingested %s: %d articles stored (%d passages), %d refused", what, stored, passages, results.size() - stored);
    results.stream()
        .filter(r -> !r.isStored())
        .forEach(r -> Log.warnf("  %s item %d: %s", what, r.position(), r.detail()));
  }

  private static String resourceText(String path) {
    try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
