package dev.newsdesk.answer;

import dev.newsdesk.index.PassageHit;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes an answer from numbered passages. The text cites passage i (from 1, in list order) as
 * {@code [i]}; {@link CitationRenumberer} checks and renumbers the markers afterwards.
 */
public interface Answerer {

  /** "llm" or "extractive". */
  String mode();

  /**
   * @param pieces receives the text as it is written, piece by piece (for streaming)
   * @return the whole text
   * @throws AnswererUnavailableException when the writer (an LLM server) could not answer
   */
  String write(Question question, List<PassageHit> passages, Consumer<String> pieces);
}
