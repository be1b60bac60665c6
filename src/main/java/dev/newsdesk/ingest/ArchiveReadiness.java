package dev.newsdesk.ingest;

import dev.newsdesk.index.IndexStats;
import dev.newsdesk.index.PassageIndex;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once start-up ingestion is done; reports what the index holds. */
@Readiness
public class ArchiveReadiness implements HealthCheck {
  private final ArchiveStartup startup;
  private final PassageIndex index;

  public ArchiveReadiness(ArchiveStartup startup, PassageIndex index) {
    this.startup = startup;
    this.index = index;
  }

  @Override
  public HealthCheckResponse call() {
    IndexStats stats = index.stats();
    return HealthCheckResponse.named("archive")
        .status(startup.isReady())
        .withData("articles", stats.articles())
        .withData("passages", stats.passages())
        .withData("embeddingModel", stats.embeddingModel())
        .build();
  }
}
