package dev.newsdesk.ingest;

/**
 * One item of a batch as read: either an article or the reason it could not be read.
 *
 * @param position the item's place in its batch, from 0
 */
public record ParsedArticle(int position, Article article, String error) {
  public static ParsedArticle ok(int position, Article article) {
    return new ParsedArticle(position, article, null);
  }

  public static ParsedArticle failed(int position, String error) {
    return new ParsedArticle(position, null, error);
  }

  public boolean isOk() {
    return article != null;
  }
}
