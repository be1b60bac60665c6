package dev.newsdesk.ingest.feed;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * What is known of a source after its last poll, as {@code GET /api/sources} reports it.
 *
 * @param lastPoll when it was last tried; {@code lastSuccess} when that last worked
 * @param lastError why the last poll failed (null when it worked)
 * @param lastPollItems the items of the last poll that worked, by outcome (new, updated,
 *     unchanged, duplicate, failed) and in total
 * @param itemErrors why items of the last poll failed (a page that timed out, say)
 * @param totalStored articles stored from this source since the service started
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FeedStatus(
    String url, String source, Instant lastPoll, Instant lastSuccess, String lastError, boolean notModified,
    ItemCounts lastPollItems, List<String> itemErrors, long totalStored) {

  /** How the items of one poll went. */
  public record ItemCounts(int items, int added, int updated, int unchanged, int duplicates, int failed) {}
}
