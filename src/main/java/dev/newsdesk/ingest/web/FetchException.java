package dev.newsdesk.ingest.web;

/** A fetch that failed for a reason worth reporting (timeout, HTTP error, too large, not allowed). */
public class FetchException extends RuntimeException {
  public FetchException(String message) {
    super(message);
  }
}
