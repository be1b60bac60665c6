package dev.newsdesk.answer;

import dev.newsdesk.config.NewsdeskConfig;
import dev.newsdesk.index.PassageHit;
import dev.newsdesk.index.PassageIndex;
import dev.newsdesk.ingest.Article;
import dev.newsdesk.index.SearchFilter;
import dev.newsdesk.retrieval.HybridRetriever;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The one answering path every front end uses: retrieve passages, have the LLM (or, without one,
 * the extractive answerer) write from them, and check the citations in code. When the LLM fails
 * before writing anything, the reader gets quoted passages and a notice instead of an error.
 */
@ApplicationScoped
public class CitedAnswerer {
  static final String LLM_DOWN_NOTICE =
      "The language model is unavailable right now, so these are the most relevant passages, quoted.";
  static final String CUT_SHORT_NOTICE = "The language model stopped before finishing this answer.";

  private final HybridRetriever retriever;
  private final ExtractiveAnswerer extractive;
  private final LlmAnswerer llmAnswerer;
  private final LlmClient llm;
  private final NewsdeskConfig.Answer settings;
  private final PassageIndex index;

  public CitedAnswerer(
      HybridRetriever retriever, ExtractiveAnswerer extractive, LlmAnswerer llmAnswerer, LlmClient llm,
      PassageIndex index, NewsdeskConfig config) {
    this.retriever = retriever;
    this.index = index;
    this.extractive = extractive;
    this.llmAnswerer = llmAnswerer;
    this.llm = llm;
    this.settings = config.answer();
  }

  public Answer answer(Question question, SearchFilter filter, Consumer<String> pieces) {
    return answer(question, filter, null, pieces);
  }

  /**
   * @param preferredArticleUrl the article the reader is on, favoured in retrieval (may be null)
   * @param pieces receives the checked answer text as it is written (renumbered markers)
   */
  public Answer answer(Question question, SearchFilter filter, String preferredArticleUrl, Consumer<String> pieces) {
    List<PassageHit> passages =
        retriever.retrieve(question.standalone(), filter, preferredArticleUrl, retriever.defaultK());
    Answerer writer = llm.isEnabled() ? llmAnswerer : extractive;
    Written written = write(writer, question, passages, pieces);
    if (written.failure != null && written.text.isEmpty()) {
      Log.warnf("Falling back to the extractive answer: %s", written.failure.getMessage());
      Written quoted = write(extractive, question, passages, pieces);
      return toAnswer(quoted, passages, extractive.mode(), LLM_DOWN_NOTICE);
    }
    return toAnswer(written, passages, writer.mode(), written.failure == null ? null : CUT_SHORT_NOTICE);
  }

  private Written write(Answerer writer, Question question, List<PassageHit> passages, Consumer<String> pieces) {
    CitationRenumberer renumberer = new CitationRenumberer(passages.size());
    StringBuilder shown = new StringBuilder();
    Consumer<String> checked = piece -> {
      String out = renumberer.accept(piece);
      if (!out.isEmpty()) {
        shown.append(out);
        pieces.accept(out);
      }
    };
    AnswererUnavailableException failure = null;
    try {
      writer.write(question, passages, checked);
    } catch (AnswererUnavailableException e) {
      failure = e;
    }
    String tail = renumberer.flush();
    if (!tail.isEmpty()) {
      shown.append(tail);
      pieces.accept(tail);
    }
    return new Written(shown.toString().strip(), renumberer.citedPassages(), failure);
  }

  private Answer toAnswer(Written written, List<PassageHit> passages, String mode, String notice) {
    List<Citation> citations = new ArrayList<>();
    for (int i = 0; i < written.cited.size(); i++) {
      citations.add(citation(i + 1, passages.get(written.cited.get(i) - 1)));
    }
    String text = written.text.isEmpty() ? settings.notFoundMessage() : written.text;
    return new Answer(text, List.copyOf(citations), mode, !citations.isEmpty(), notice);
  }

  /** Credits the earliest outlet of a republished story and lists the others. */
  private Citation citation(int n, PassageHit p) {
    List<Article> members = p.clusterId() == null ? List.of() : index.clusterMembers(p.clusterId());
    if (members.size() <= 1) {
      return new Citation(n, p.articleId(), p.title(), p.source(), p.url(), p.publishedAt(), p.text(), List.of());
    }
    List<Article> byDate = new ArrayList<>(members);
    byDate.sort(Comparator.comparing(Article::publishedAt, Comparator.nullsLast(Comparator.naturalOrder())));
    Article first = byDate.get(0);
    List<Citation.Outlet> others = byDate.subList(1, byDate.size()).stream()
        .map(a -> new Citation.Outlet(a.id(), a.title(), a.source(), a.url(), a.publishedAt())).toList();
    return new Citation(n, first.id(), first.title(), first.source(), first.url(), first.publishedAt(), p.text(), others);
  }

  private record Written(String text, List<Integer> cited, AnswererUnavailableException failure) {}
}
