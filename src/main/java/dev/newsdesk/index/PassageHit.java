package dev.newsdesk.index;

import java.time.Instant;

/** A passage found by a search, with what a citation needs to know of its article. */
public record PassageHit(
    String passageId,
    String articleId,
    String clusterId,
    int ordinal,
    String text,
    String title,
    String source,
    String url,
    Instant publishedAt,
    double score) {

  public PassageHit withScore(double newScore) {
    return new PassageHit(passageId, articleId, clusterId, ordinal, text, title, source, url, publishedAt, newScore);
  }
}
