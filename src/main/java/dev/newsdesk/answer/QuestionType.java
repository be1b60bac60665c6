package dev.newsdesk.answer;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What kind of answer a question wants, read from its wording, and whether a sentence has that
 * kind of thing in it: a time for "when", a place for "where", a person for "who", a number for
 * "how many".
 */
public enum QuestionType {
  WHEN(Pattern.compile(
      "\\b(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.|Monday|Tuesday|Wednesday|Thursday|Friday"
          + "|Saturday|Sunday|yesterday|today|tomorrow|tonight|(?:1[89]|20)\\d\\d|\\d{1,2}/\\d{1,2}"
          + "|(?:last|next|this|earlier this|later this) (?:week|month|year|spring|summer|autumn|fall|winter)"
          + "|\\d+ (?:days?|weeks?|months?|years?) (?:ago|earlier|later)|in less than a (?:year|month|week))\\b")),
  WHERE(Pattern.compile(
      "\\b(?:in|at|from|near|to|outside|inside|across) (?:the )?(?!(?:January|February|March|April|May|June|July"
          + "|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
          + "|Sunday)\\b)\\p{Lu}\\p{L}+")),
  WHO(Pattern.compile(
      "\\b(?:\\p{Lu}\\p{L}+ ){1,2}\\p{Lu}\\p{L}+|\\b(?:President|Prime Minister|leader|CEO|chief|minister"
          + "|spokesperson|spokesman|spokeswoman|founder|Mr\\.|Ms\\.|Mrs\\.|Dr\\.)")),
  HOW_MANY(Pattern.compile(
      "\\d|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|billion"
          + "|percent)\\b|[$€£%]")),
  WHY(Pattern.compile(
      "\\b(?:because|due to|as a result|in order to|so that|amid|after|following|since|reason)\\b",
      Pattern.CASE_INSENSITIVE)),
  OTHER(null);

  private final Pattern evidence;

  QuestionType(Pattern evidence) {
    this.evidence = evidence;
  }

  public static QuestionType of(String question) {
    String q = question.strip().toLowerCase(Locale.ROOT);
    if (q.matches("^(when|what (time|day|date|year|month)|(in |during )?which (year|month|day|date)|how long ago)\\b.*")) {
      return WHEN;
    }
    if (q.matches("^(where|(in |at )?which (city|country|place|town|region|venue))\\b.*")) {
      return WHERE;
    }
    if (q.matches("^(who|whom|whose|which (person|leader|company|team|player))\\b.*")) {
      return WHO;
    }
    if (q.matches("^how (many|much|big|large|old|far|long)\\b.*")) {
      return HOW_MANY;
    }
    if (q.matches("^(why|what (caused|led to))\\b.*")) {
      return WHY;
    }
    return OTHER;
  }

  /** Whether the sentence holds the kind of thing this question asks for. */
  public boolean isAnsweredBy(String sentence) {
    return evidence != null && evidence.matcher(sentence).find();
  }
}
