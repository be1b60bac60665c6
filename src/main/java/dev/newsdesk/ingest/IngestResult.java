package dev.newsdesk.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What happened to one article of a batch: stored as {@code id} with {@code passages} passages, or
 * refused with {@code error} and a {@code detail} that says why.
 *
 * @param outcome for a stored article: {@code new}, {@code updated} (it replaced an earlier
 *     version), {@code unchanged} (the same text was already stored; nothing was done) or
 *     {@code duplicate} (a copy of a story already stored from another outlet, clustered with it)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IngestResult(
    int position, String id, String title, Integer passages, String outcome, String clusterId, String error,
    String detail) {
  public static final String NEW = "new";
  public static final String UPDATED = "updated";
  public static final String UNCHANGED = "unchanged";
  public static final String DUPLICATE = "duplicate";

  public static IngestResult stored(int position, Article article, int passages, String outcome, String clusterId) {
    return new IngestResult(position, article.id(), article.title(), passages, outcome, clusterId, null, null);
  }

  public static IngestResult refused(int position, String detail) {
    return new IngestResult(position, null, null, null, null, null, "invalid_article", detail);
  }

  /** A page or item that could not be fetched or read. */
  public static IngestResult unreachable(int position, String detail) {
    return new IngestResult(position, null, null, null, null, null, "fetch_failed", detail);
  }

  public static IngestResult failed(int position, Article article, String detail) {
    return new IngestResult(position, article.id(), article.title(), null, null, null, "ingest_failed", detail);
  }

  public boolean isStored() {
    return error == null;
  }
}
