package dev.newsdesk.ingest;

/** A batch of articles that cannot be read at all (broken JSON, empty body). */
public class MalformedBatchException extends RuntimeException {
  public MalformedBatchException(String message) {
    super(message);
  }
}
