package dev.newsdesk.ingest;

import java.time.Instant;

/**
 * One news article as Newsdesk keeps it.
 *
 * @param id stable id: re-ingesting the same article replaces it
 * @param place dateline place ("SEOUL"), when the text carried one
 * @param byline credit line kept out of the passages ("Reporting by …")
 * @param updatedAt when this version was stored
 */
public record Article(
    String id,
    String title,
    String body,
    String url,
    String source,
    String author,
    Instant publishedAt,
    String place,
    String byline,
    Instant updatedAt) {

  public Article withUpdatedAt(Instant when) {
    return new Article(id, title, body, url, source, author, publishedAt, place, byline, when);
  }
}
