package dev.newsdesk.answer;

import java.time.Instant;
import java.util.List;

/**
 * A source of an answer: {@code [n]} in the answer text points here.
 *
 * @param quote the passage the answer drew on, word for word
 * @param alsoReportedBy other outlets that ran the same story (wire copies); the citation itself
 *     credits the earliest
 */
public record Citation(
    int n, String articleId, String title, String source, String url, Instant publishedAt, String quote,
    List<Outlet> alsoReportedBy) {

  /** Another publication of the same story. */
  public record Outlet(String articleId, String title, String source, String url, Instant publishedAt) {}
}
