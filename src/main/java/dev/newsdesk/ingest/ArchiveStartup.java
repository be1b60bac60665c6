package dev.newsdesk.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
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

/**
 * Gets the archive ready at start: rebuilds the index when the embedding model changed, loads the
 * bundled sample news into an empty index, and ingests the files of the ingest folder.
 */
@ApplicationScoped
public class ArchiveStartup {
  private static final String SAMPLE_FOLDER = "sample/";
  private static final String REBUILD_FILE = "rebuild-articles.jsonl";

  private final PassageIndex index;
  private final PassageEmbedder embedder;
  private final ArticleIngestor ingestor;
  private final NewsdeskConfig config;
  private final ObjectMapper json;
  private final FolderIngest folder;
  private volatile boolean ready;

  public ArchiveStartup(PassageIndex index, PassageEmbedder embedder, ArticleIngestor ingestor, NewsdeskConfig config,
      ObjectMapper json, FolderIngest folder) {
    this.folder = folder;
    this.index = index;
    this.embedder = embedder;
    this.ingestor = ingestor;
    this.config = config;
    this.json = json;
  }

  void onStart(@Observes StartupEvent event) {
    long start = System.nanoTime();
    rebuildIfModelChanged();
    if (config.sample().enabled() && index.stats().articles() == 0) {
      loadSample();
    }
    folder.scan().forEach((file, results) -> report(file, results));
    index.compact();
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

  /**
   * Rebuilds the passages when the embedding model or the index layout changed. The articles are
   * first written to a file beside the index, so that a crash mid-rebuild loses nothing: the next
   * start finds the file and finishes the job.
   */
  private void rebuildIfModelChanged() {
    Path backup = Path.of(config.dataDir()).resolve(REBUILD_FILE);
    List<Article> articles;
    if (Files.exists(backup)) {
      articles = readBackup(backup);
      Log.warnf("An earlier rebuild did not finish: rebuilding the index of %d articles from %s", articles.size(), backup);
    } else {
      String recorded = index.embeddingModel();
      if (index.isCurrent(embedder.name())) {
        return;
      }
      if (index.stats().articles() == 0) {
        index.clear(embedder.name());
        return;
      }
      articles = new ArrayList<>();
      index.forEachArticle(articles::add);
      Log.warnf(
          recorded.equals(embedder.name())
              ? "The index layout changed: rebuilding the index of %3$d articles"
              : "The embedding model changed from '%s' to '%s': rebuilding the index of %d articles",
          recorded, embedder.name(), articles.size());
      writeBackup(backup, articles);
    }
    index.clear(embedder.name());
    List<IngestResult> results = ingestor.ingestArticles(articles);
    report("rebuild", results);
    if (results.stream().allMatch(IngestResult::isStored)) {
      try {
        Files.delete(backup);
      } catch (IOException e) {
        Log.warnf("Could not delete %s: %s", backup, e.getMessage());
      }
    } else {
      Log.errorf("Some articles could not be rebuilt; they are kept in %s for the next start", backup);
    }
  }

  private void writeBackup(Path backup, List<Article> articles) {
    try {
      Files.createDirectories(backup.getParent());
      Path partial = backup.resolveSibling(REBUILD_FILE + ".partial");
      try (var out = java.nio.channels.FileChannel.open(partial, java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.TRUNCATE_EXISTING, java.nio.file.StandardOpenOption.WRITE)) {
        for (Article a : articles) {
          out.write(java.nio.ByteBuffer.wrap((json.writeValueAsString(a) + "\n").getBytes(StandardCharsets.UTF_8)));
        }
        out.force(true);
      }
      Files.move(partial, backup, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the articles aside before rebuilding; nothing was changed", e);
    }
  }

  private List<Article> readBackup(Path backup) {
    List<Article> articles = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(backup, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          articles.add(json.readValue(line, Article.class));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + backup, e);
    }
    return articles;
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
