package dev.newsdesk.index;

import dev.newsdesk.ingest.ArticleParser;
import dev.newsdesk.ingest.InvalidArticleException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Restricts a search. Every part is optional: empty sets and null bounds match everything.
 *
 * @param sources source names, matched ignoring case
 * @param from earliest publication time, inclusive
 * @param to latest publication time, inclusive
 * @param articleUrl only passages of the article with this URL
 */
public record SearchFilter(Set<String> sources, Instant from, Instant to, String articleUrl) {
  public static final SearchFilter NONE = new SearchFilter(Set.of(), null, null, null);

  public SearchFilter {
    sources = sources == null ? Set.of() : Set.copyOf(sources);
  }

  /**
   * From request parameters: dates as ISO-8601 dates or date-times; a date as upper bound means
   * its whole day.
   *
   * @throws IllegalArgumentException saying which part is wrong
   */
  public static SearchFilter parse(Collection<String> sources, String from, String to, String articleUrl) {
    Instant fromTime;
    Instant toTime;
    try {
      fromTime = ArticleParser.parseDate(from);
      toTime = ArticleParser.parseDate(to);
    } catch (InvalidArticleException e) {
      throw new IllegalArgumentException("from and to must be ISO-8601 dates or date-times, e.g. 2023-10-01");
    }
    if (toTime != null && to.strip().length() == 10) {
      toTime = toTime.plus(1, ChronoUnit.DAYS).minusMillis(1);
    }
    if (fromTime != null && toTime != null && fromTime.isAfter(toTime)) {
      throw new IllegalArgumentException("from must not be after to");
    }
    Set<String> names = sources == null ? Set.of()
        : sources.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).collect(Collectors.toSet());
    String url = articleUrl == null || articleUrl.isBlank() ? null : articleUrl.strip();
    return new SearchFilter(names, fromTime, toTime, url);
  }

  /** This filter narrowed to one source; null when the filter excludes that source. */
  public SearchFilter narrowedToSource(String source) {
    if (!sources.isEmpty() && sources.stream().noneMatch(s -> s.equalsIgnoreCase(source))) {
      return null;
    }
    return new SearchFilter(Set.of(source), from, to, articleUrl);
  }

  /** This filter narrowed to one article; null when the filter is about another article. */
  public SearchFilter narrowedToArticle(String url) {
    if (articleUrl != null && !articleUrl.equals(url)) {
      return null;
    }
    return new SearchFilter(sources, from, to, url);
  }

  /** This filter narrowed to a time window; null when the two do not overlap. */
  public SearchFilter narrowedToWindow(Instant windowFrom, Instant windowTo) {
    Instant f = from == null || windowFrom.isAfter(from) ? windowFrom : from;
    Instant t = to == null || windowTo.isBefore(to) ? windowTo : to;
    return f.isAfter(t) ? null : new SearchFilter(sources, f, t, articleUrl);
  }
}
