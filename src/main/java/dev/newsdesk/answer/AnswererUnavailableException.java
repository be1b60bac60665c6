package dev.newsdesk.answer;

/** The answer writer could not answer (the LLM server is down, timed out or refused). */
public class AnswererUnavailableException extends RuntimeException {
  public AnswererUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
