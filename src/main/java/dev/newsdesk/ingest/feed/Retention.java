package dev.newsdesk.ingest.feed;

import dev.newsdesk.config.NewsdeskConfig;
import dev.newsdesk.index.PassageIndex;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;

/** Purges articles older than {@code NEWSDESK_RETENTION_DAYS}, daily and a minute after start. */
@ApplicationScoped
public class Retention {
  private final PassageIndex index;
  private final NewsdeskConfig config;

  public Retention(PassageIndex index, NewsdeskConfig config) {
    this.index = index;
    this.config = config;
  }

  @Scheduled(every = "24h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void onSchedule() {
    purge();
  }

  /** Returns how many articles were removed. */
  public int purge() {
    if (config.retentionDays().isEmpty()) {
      return 0;
    }
    Instant cutoff = Instant.now().minus(Duration.ofDays(config.retentionDays().get()));
    int removed = index.deleteOlderThan(cutoff);
    if (removed > 0) {
      Log.infof("Retention: removed %d articles published before %s", removed, cutoff);
    }
    return removed;
  }
}
