package dev.newsdesk.slack;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Event ids already handled. Slack retries an event it thinks went unanswered (same event id,
 * with X-Slack-Retry-Num); a retry must never produce a second answer.
 */
@ApplicationScoped
public class SeenEvents {
  private static final int MAX = 10_000;
  private final Map<String, Boolean> seen = new LinkedHashMap<>(16, 0.75f, false) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
      return size() > MAX;
    }
  };

  /** True the first time an id is offered, false ever after. */
  public synchronized boolean firstTime(String eventId) {
    return eventId == null || seen.put(eventId, Boolean.TRUE) == null;
  }
}
