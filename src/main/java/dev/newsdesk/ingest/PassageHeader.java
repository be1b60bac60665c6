package dev.newsdesk.ingest;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The line put in front of every passage for the embedding model and the prompt: title, source
 * and date, so a passage read alone still says what story it belongs to and when it ran.
 */
public final class PassageHeader {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

  private PassageHeader() {}

  public static String of(Article article) {
    StringBuilder header = new StringBuilder(article.title() == null ? "" : article.title().strip());
    if (article.source() != null && !article.source().isBlank()) {
      header.append(" — ").append(article.source().strip());
    }
    if (article.publishedAt() != null) {
      header.append(" — ").append(DAY.format(article.publishedAt()));
    }
    return header.toString();
  }

  public static int wordCount(Article article) {
    return PassageSplitter.wordCount(of(article));
  }

  /** The text embedded and searched for a passage: header, then the passage's own words. */
  public static String withHeader(Article article, String passageText) {
    return of(article) + "\n" + passageText;
  }
}
