package dev.newsdesk.retrieval;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the sources and dates a question names, and what is left to search for. */
@ApplicationScoped
public class QueryAnalyzer {
  private static final String NAME = "((?:[A-Z][\\w.&'’-]*)(?:\\s+(?:of\\s+)?[A-Z][\\w.&'’-]*){0,4})";
  /** "according to Bloomberg", "reported by The Wall Street Journal", "an article from Variety". */
  private static final Pattern CITED_AFTER = Pattern.compile(
      "(?:according to|reported by|reporting by|reports? (?:from|by)|(?:article|report|piece|story|coverage)s? (?:from|by|in)"
          + "|published (?:by|in))\\s+(?:the\\s+|an?\\s+)?['‘\"“]?(?:The\\s+)?" + NAME);
  /** "the Bloomberg article", "a Variety report". */
  private static final Pattern CITED_BEFORE = Pattern.compile(
      "\\b(?:the|a|an|both)\\s+['‘\"“]?(?:The\\s+)?" + NAME + "['’\"”]?(?:'s)?\\s+(?:article|report|piece|story|coverage)s?\\b");
  private static final java.util.Set<String> NOT_PUBLICATIONS = java.util.Set.of("same", "first", "second", "latest",
      "recent", "other", "another", "previous", "earlier", "later", "both", "this", "that", "these");

  private final SourceCatalog sources;

  public QueryAnalyzer(SourceCatalog sources) {
    this.sources = sources;
  }

  public QueryPlan analyse(String question) {
    List<int[]> spans = new ArrayList<>();
    Set<String> named = new LinkedHashSet<>();
    for (SourceCatalog.Mention m : sources.find(question)) {
      named.add(m.source());
      spans.add(new int[] {m.start(), m.end()});
    }
    List<DateMentions.Window> dates = DateMentions.find(question);
    dates.forEach(d -> spans.add(new int[] {d.start(), d.end()}));
    return new QueryPlan(without(question, spans), named, dates, unknownSources(question, spans));
  }

  /** Publications cited the way news questions cite them, that matched no source of the archive. */
  private static List<String> unknownSources(String question, List<int[]> known) {
    List<String> unknown = new ArrayList<>();
    for (Pattern p : List.of(CITED_AFTER, CITED_BEFORE)) {
      Matcher m = p.matcher(question);
      while (m.find()) {
        int start = m.start(1);
        boolean isKnown = known.stream().anyMatch(span -> span[0] < m.end(1) && start < span[1]);
        String name = m.group(1).strip();
        if (!isKnown && !NOT_PUBLICATIONS.contains(name.toLowerCase(java.util.Locale.ROOT)) && !unknown.contains(name)) {
          unknown.add(name);
        }
      }
    }
    return unknown;
  }

  private static String without(String text, List<int[]> spans) {
    if (spans.isEmpty()) {
      return text;
    }
    char[] chars = text.toCharArray();
    for (int[] span : spans) {
      for (int i = span[0]; i < span[1]; i++) {
        chars[i] = ' ';
      }
    }
    String rest = new String(chars).replaceAll("\\s+", " ").strip();
    return rest.isEmpty() ? text : rest;
  }
}
