package dev.newsdesk.ingest;

import dev.newsdesk.config.NewsdeskConfig;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The ingest folder ({@code NEWSDESK_INGEST_DIR}): scanned at start and on the feed schedule; a
 * file is read again only when it changed. A file that can't be read is logged and skipped.
 */
@ApplicationScoped
public class FolderIngest {
  private final ArticleIngestor ingestor;
  private final Path folder;
  private final Map<Path, FileTime> seen = new ConcurrentHashMap<>();

  public FolderIngest(ArticleIngestor ingestor, NewsdeskConfig config) {
    this.ingestor = ingestor;
    this.folder = config.ingestDir().map(Path::of).orElse(null);
  }

  /** Ingests new and changed files; returns the results by file. */
  public synchronized Map<String, List<IngestResult>> scan() {
    Map<String, List<IngestResult>> results = new LinkedHashMap<>();
    if (folder == null) {
      return results;
    }
    if (!Files.isDirectory(folder)) {
      Log.warnf("The ingest folder %s does not exist; skipping it", folder);
      return results;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).filter(ArticleReader::isArticleFile).sorted().toList()) {
        try {
          FileTime modified = Files.getLastModifiedTime(file);
          if (modified.equals(seen.get(file))) {
            continue;
          }
          results.put(file.toString(), ingestor.ingest(ArticleReader.readFile(file)));
          seen.put(file, modified);
        } catch (RuntimeException | IOException e) {
          Log.errorf("Skipping %s: %s", file, e.getMessage());
        }
      }
    } catch (IOException e) {
      Log.errorf("Cannot read the ingest folder %s: %s", folder, e.getMessage());
    }
    return results;
  }
}
