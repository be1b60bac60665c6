package dev.newsdesk.ingest.feed;

import dev.newsdesk.config.NewsdeskConfig;
import dev.newsdesk.ingest.FolderIngest;
import dev.newsdesk.ingest.IngestResult;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Polls the configured feeds on a schedule, one after the other, each with conditional GET; a
 * feed that fails (timeout, HTTP error, bad XML, a page too large) is recorded in its status and
 * never stops the others.
 */
@ApplicationScoped
public class FeedPoller {
  private static final int MAX_ITEM_ERRORS = 20;

  private final WebIngestor web;
  private final FolderIngest folder;
  private final NewsdeskConfig config;
  private final Map<String, FeedSource> sources = new LinkedHashMap<>();
  private final Map<String, FeedStatus> statuses = new LinkedHashMap<>();
  private final Map<String, String[]> validators = new LinkedHashMap<>();

  public FeedPoller(WebIngestor web, FolderIngest folder, NewsdeskConfig config) {
    this.web = web;
    this.folder = folder;
    this.config = config;
    config.feeds().orElse(List.of()).stream().filter(u -> !u.isBlank())
        .forEach(u -> add(new FeedSource(u.strip(), null)));
    config.feedsFile().map(Path::of).ifPresent(file -> readFeedsFile(file).forEach(this::add));
  }

  private void add(FeedSource source) {
    sources.put(source.url(), source);
    statuses.put(source.url(), neverPolled(source));
  }

  private static FeedStatus neverPolled(FeedSource source) {
    return new FeedStatus(source.url(), source.sourceName(), null, null, null, false, null, List.of(), 0);
  }

  @Scheduled(every = "${newsdesk.feed-interval:15m}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void onSchedule() {
    if (config.feedPolling()) {
      pollAll();
      folder.scan();
    }
  }

  /** Polls every feed now; returns their statuses. */
  public synchronized List<FeedStatus> pollAll() {
    for (FeedSource source : sources.values()) {
      poll(source);
    }
    return statuses();
  }

  public synchronized List<FeedStatus> statuses() {
    return new ArrayList<>(statuses.values());
  }

  /** Polls one feed, known or not (the CLI's "ingest <feed URL>"). */
  public synchronized FeedStatus poll(FeedSource source, java.util.function.IntConsumer progress) {
    statuses.putIfAbsent(source.url(), neverPolled(source));
    FeedStatus before = statuses.get(source.url());
    String[] v = validators.getOrDefault(source.url(), new String[2]);
    Instant now = Instant.now();
    FeedStatus after;
    try {
      WebIngestor.FeedPoll poll = web.pollFeed(source, v[0], v[1], progress);
      validators.put(source.url(), new String[] {poll.etag(), poll.lastModified()});
      if (poll.notModified()) {
        after = new FeedStatus(source.url(), before.source(), now, now, null, true, before.lastPollItems(),
            before.itemErrors(), before.totalStored());
      } else {
        after = summarise(source, before, poll, now);
      }
    } catch (RuntimeException e) {
      Log.warnf("Feed %s failed: %s", source.url(), e.getMessage());
      after = new FeedStatus(source.url(), before.source(), now, before.lastSuccess(), e.getMessage(), false,
          before.lastPollItems(), before.itemErrors(), before.totalStored());
    }
    statuses.put(source.url(), after);
    return after;
  }

  private FeedStatus poll(FeedSource source) {
    return poll(source, done -> {});
  }

  private static FeedStatus summarise(FeedSource source, FeedStatus before, WebIngestor.FeedPoll poll, Instant now) {
    int added = 0, updated = 0, unchanged = 0, duplicates = 0, failed = 0;
    List<String> errors = new ArrayList<>();
    for (IngestResult r : poll.results()) {
      if (!r.isStored()) {
        failed++;
        if (errors.size() < MAX_ITEM_ERRORS) {
          errors.add(r.detail());
        }
      } else {
        switch (r.outcome()) {
          case IngestResult.NEW -> added++;
          case IngestResult.UPDATED -> updated++;
          case IngestResult.DUPLICATE -> duplicates++;
          default -> unchanged++;
        }
      }
    }
    String name = source.sourceName() != null ? source.sourceName() : poll.feedTitle();
    Log.infof("Feed %s: %d new, %d updated, %d unchanged, %d duplicates, %d failed",
        source.url(), added, updated, unchanged, duplicates, failed);
    return new FeedStatus(source.url(), name, now, now, null, false,
        new FeedStatus.ItemCounts(poll.results().size(), added, updated, unchanged, duplicates, failed), List.copyOf(errors),
        before.totalStored() + added + updated + duplicates);
  }

  static List<FeedSource> readFeedsFile(Path file) {
    List<FeedSource> out = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String l = line.strip();
        if (l.isEmpty() || l.startsWith("#")) {
          continue;
        }
        int space = l.indexOf(' ');
        out.add(space < 0 ? new FeedSource(l, null) : new FeedSource(l.substring(0, space), l.substring(space + 1).strip()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the feeds file " + file, e);
    }
    return out;
  }
}
