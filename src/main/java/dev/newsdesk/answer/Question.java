package dev.newsdesk.answer;

/**
 * A reader's question.
 *
 * @param asked the words the reader typed
 * @param standalone the question made understandable without the conversation before it (the
 *     same as {@code asked} for a first question); used for retrieval and by the answer writer
 */
public record Question(String asked, String standalone) {
  public static Question of(String text) {
    return new Question(text, text);
  }
}
