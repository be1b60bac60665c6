package dev.newsdesk.ingest;

/** An article that cannot be stored as given; the message says what is wrong. */
public class InvalidArticleException extends RuntimeException {
  public InvalidArticleException(String message) {
    super(message);
  }
}
