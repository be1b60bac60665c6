package dev.newsdesk.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits news text into sentences. A line break always ends a sentence (news bodies keep one
 * paragraph per line); inside a line, a sentence ends at . ! ? or … (plus closing quotes) followed
 * by a space and a capital, a digit or an opening quote, unless the word before is a known
 * abbreviation ("Aug. 15", "U.S. President", "Mr. Kim") or a single initial.
 */
public final class SentenceSplitter {
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt",
          "cmdr", "adm", "st", "jr", "sr", "inc", "corp", "ltd", "co", "vs", "etc", "no", "nos",
          "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
          "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun", "u.s", "u.k", "u.n",
          "e.u", "a.m", "p.m", "approx", "est", "fig", "vol", "dept", "univ", "ave", "rd", "mt",
          "ft", "i.e", "e.g", "al", "op", "pres", "supt", "messrs", "d.c");
  private static final String CLOSERS = "\"'”’)]»";
  private static final String OPENERS = "\"'“‘([«";

  private SentenceSplitter() {}

  public static List<String> split(String text) {
    List<String> sentences = new ArrayList<>();
    if (text == null) {
      return sentences;
    }
    for (String line : text.split("\\R")) {
      splitLine(line.strip(), sentences);
    }
    return sentences;
  }

  private static void splitLine(String line, List<String> out) {
    int start = 0;
    int n = line.length();
    for (int i = 0; i < n; i++) {
      char c = line.charAt(i);
      if (c != '.' && c != '!' && c != '?' && c != '…') {
        continue;
      }
      int end = i + 1;
      while (end < n && (CLOSERS.indexOf(line.charAt(end)) >= 0 || line.charAt(end) == '.')) {
        end++;
      }
      if (end >= n || !Character.isWhitespace(line.charAt(end))) {
        continue;
      }
      int next = end;
      while (next < n && Character.isWhitespace(line.charAt(next))) {
        next++;
      }
      if (next >= n) {
        break;
      }
      char following = line.charAt(next);
      boolean startsSentence =
          Character.isUpperCase(following)
              || Character.isDigit(following)
              || OPENERS.indexOf(following) >= 0;
      if (!startsSentence || (c == '.' && endsWithAbbreviation(line, start, i))) {
        continue;
      }
      add(line.substring(start, end), out);
      start = next;
      i = next - 1;
    }
    add(line.substring(start), out);
  }

  private static boolean endsWithAbbreviation(String line, int from, int dot) {
    int wordStart = dot;
    while (wordStart > from && !Character.isWhitespace(line.charAt(wordStart - 1))) {
      wordStart--;
    }
    String word = line.substring(wordStart, dot);
    while (!word.isEmpty() && OPENERS.indexOf(word.charAt(0)) >= 0) {
      word = word.substring(1);
    }
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return true; // an initial, as in "Jack K. Smith"
    }
    return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }

  private static void add(String sentence, List<String> out) {
    String s = sentence.strip();
    if (!s.isEmpty()) {
      out.add(s);
    }
  }
}
