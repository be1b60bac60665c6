package dev.newsdesk.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What happened to one article of a batch: stored as {@code id} with {@code passages} passages, or
 * refused with {@code error} and a {@code detail} that says why.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IngestResult(int position, String id, String title, Integer passages, String error, String detail) {
  public static IngestResult stored(int position, Article article, int passages) {
    return new IngestResult(position, article.id(), article.title(), passages, null, null);
  }

  public static IngestResult refused(int position, String detail) {
    return new IngestResult(position, null, null, null, "invalid_article", detail);
  }

  public static IngestResult failed(int position, Article article, String detail) {
    return new IngestResult(position, article.id(), article.title(), null, "ingest_failed", detail);
  }

  public boolean isStored() {
    return error == null;
  }
}
