package dev.newsdesk.ingest;

/**
 * A window of consecutive sentences of one article.
 *
 * @param ordinal position in the article, from 0
 * @param text the article's own words, without any header
 */
public record Passage(String articleId, int ordinal, String text) {

  public String id() {
    return articleId + "#" + ordinal;
  }
}
