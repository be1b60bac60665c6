package dev.newsdesk.answer;

import dev.newsdesk.index.PassageHit;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Has the configured LLM write the answer from the numbered passages, with the prompts of
 * {@code prompts/}: each passage comes with its title, source and publication date, so the model
 * can resolve "in June" or "on Friday".
 */
@ApplicationScoped
public class LlmAnswerer implements Answerer {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy").withZone(ZoneOffset.UTC);

  private final LlmClient llm;

  public LlmAnswerer(LlmClient llm) {
    this.llm = llm;
  }

  @Override
  public String mode() {
    return "llm";
  }

  @Override
  public String write(Question question, List<PassageHit> passages, Consumer<String> pieces) {
    String user = Prompts.render("answer-user.txt", Map.of(
        "today", DAY.format(LocalDate.now(ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC)),
        "passages", numbered(passages),
        "question", question.standalone()));
    return llm.stream(Prompts.render("answer-system.txt", Map.of()), user, pieces);
  }

  static String numbered(List<PassageHit> passages) {
    if (passages.isEmpty()) {
      return "(no passages were found)";
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < passages.size(); i++) {
      PassageHit p = passages.get(i);
      out.append(Prompts.render("answer-passage.txt", Map.of(
          "n", String.valueOf(i + 1),
          "title", p.title(),
          "source", p.source() == null ? "unknown source" : p.source(),
          "published", p.publishedAt() == null ? "date unknown" : DAY.format(p.publishedAt()),
          "text", p.text())));
      out.append("\n\n");
    }
    return out.toString().strip();
  }
}
