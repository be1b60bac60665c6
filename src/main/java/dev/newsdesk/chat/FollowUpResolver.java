package dev.newsdesk.chat;

import dev.newsdesk.answer.AnswererUnavailableException;
import dev.newsdesk.answer.LlmClient;
import dev.newsdesk.answer.Prompts;
import dev.newsdesk.answer.Question;
import dev.newsdesk.retrieval.KeyTerms;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a follow-up question ("Where was it held?") stand on its own. With an LLM, the model
 * rewrites it from the conversation; without one (or when the model fails), the key words of the
 * previous question are carried over when the follow-up leans on it (a pronoun, or few words).
 */
@ApplicationScoped
public class FollowUpResolver {
  private static final Pattern LEANING =
      Pattern.compile("\\b(it|its|they|them|their|he|him|his|she|her|this|that|these|those|there|then|the same)\\b"
          + "|^(and|but|what about|how about|why|so)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");
  private static final Set<String> QUESTION_WORDS =
      Set.of("when", "where", "who", "whom", "whose", "what", "which", "why", "how", "did", "does", "do", "happen",
          "happened", "tell", "say", "said");
  private static final int FEW_KEY_TERMS = 2;

  private final LlmClient llm;

  public FollowUpResolver(LlmClient llm) {
    this.llm = llm;
  }

  public Question resolve(String asked, List<Turn> history) {
    if (history.isEmpty()) {
      return Question.of(asked);
    }
    if (llm.isEnabled()) {
      try {
        String rewritten = llm.complete(null, Prompts.render("rewrite-question.txt", Map.of(
            "history", transcript(history), "question", asked))).strip();
        if (!rewritten.isEmpty() && rewritten.length() < 4 * asked.length() + 200) {
          return new Question(asked, rewritten);
        }
      } catch (AnswererUnavailableException e) {
        Log.warnf("Could not rewrite the follow-up with the LLM; carrying key words instead: %s", e.getMessage());
      }
    }
    return carryKeyWords(asked, history.get(history.size() - 1));
  }

  static Question carryKeyWords(String asked, Turn previous) {
    boolean leans = LEANING.matcher(asked).find() || KeyTerms.setOf(asked).size() <= FEW_KEY_TERMS;
    if (!leans) {
      return Question.of(asked);
    }
    Set<String> askedTerms = KeyTerms.setOf(asked);
    List<String> carried = new ArrayList<>();
    Matcher m = WORD.matcher(previous.standalone());
    while (m.find()) {
      String word = m.group();
      List<String> terms = KeyTerms.of(word);
      if (!terms.isEmpty() && !QUESTION_WORDS.contains(word.toLowerCase(Locale.ROOT))
          && !askedTerms.contains(terms.get(0)) && !carried.contains(word)) {
        carried.add(word);
      }
    }
    return carried.isEmpty() ? Question.of(asked) : new Question(asked, asked + " " + String.join(" ", carried));
  }

  private static String transcript(List<Turn> history) {
    StringBuilder out = new StringBuilder();
    for (Turn t : history) {
      out.append("Reader: ").append(t.asked()).append('\n').append("Newsdesk: ").append(t.answer()).append('\n');
    }
    return out.toString().strip();
  }
}
