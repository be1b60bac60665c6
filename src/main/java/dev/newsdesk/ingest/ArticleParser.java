package dev.newsdesk.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Checks articles as clients send them and gives them their stable id. */
public final class ArticleParser {
  /** Longest body accepted, in characters (a very long feature is ~100k). */
  public static final int MAX_BODY_CHARS = 2_000_000;

  private ArticleParser() {}

  public static Article parse(ArticleInput in) {
    if (in == null) {
      throw new InvalidArticleException("an article must be a JSON object");
    }
    String body = trimToNull(in.body());
    if (body == null) {
      throw new InvalidArticleException("body is required and must not be empty");
    }
    if (body.length() > MAX_BODY_CHARS) {
      throw new InvalidArticleException("body is longer than " + MAX_BODY_CHARS + " characters");
    }
    String title = trimToNull(in.title());
    if (title == null) {
      throw new InvalidArticleException("title is required and must not be empty");
    }
    String url = trimToNull(in.url());
    if (url != null && !url.matches("(?i)https?://\\S+")) {
      throw new InvalidArticleException("url must be an http(s) URL");
    }
    Instant published = parseDate(in.publishedAt());
    String id = ArticleIds.of(in.id(), url, title, body);
    return new Article(
        id, title, body, url, trimToNull(in.source()), trimToNull(in.author()), published, null, null, null);
  }

  /** ISO-8601 date ("2024-08-16") or date-time, with or without offset (UTC assumed). */
  public static Instant parseDate(String value) {
    String v = trimToNull(value);
    if (v == null) {
      return null;
    }
    try {
      if (v.length() == 10) {
        return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      try {
        return OffsetDateTime.parse(v).toInstant();
      } catch (DateTimeParseException e) {
        return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
      }
    } catch (DateTimeParseException e) {
      throw new InvalidArticleException(
          "publishedAt '" + v + "' is not an ISO-8601 date or date-time (e.g. 2024-08-16 or 2024-08-16T09:30:00Z)");
    }
  }

  static String trimToNull(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }
}
