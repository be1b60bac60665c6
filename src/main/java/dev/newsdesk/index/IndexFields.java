package dev.newsdesk.index;

/** Every Lucene field name, in one place. */
final class IndexFields {
  /** "article" for the one document that stores an article, "passage" for each passage. */
  static final String KIND = "kind";
  static final String KIND_ARTICLE = "article";
  static final String KIND_PASSAGE = "passage";

  static final String ARTICLE_ID = "articleId";
  static final String PASSAGE_ID = "passageId";
  static final String ORDINAL = "ordinal";

  /** The passage's own words, stored for quoting. */
  static final String TEXT = "text";
  /** Title and passage words, analysed for BM25 (not stored). */
  static final String CONTENT = "content";
  static final String VECTOR = "vector";

  static final String TITLE = "title";
  static final String BODY = "body";
  static final String SOURCE = "source";
  /** Lower-cased source, for filters. */
  static final String SOURCE_KEY = "sourceKey";
  static final String URL = "url";
  /** Canonical URL, for lookups by URL. */
  static final String URL_KEY = "urlKey";
  static final String AUTHOR = "author";
  static final String PLACE = "place";
  static final String BYLINE = "byline";
  /** Publication time in epoch milliseconds: a point for ranges, stored for display. */
  static final String PUBLISHED_AT = "publishedAt";
  static final String UPDATED_AT = "updatedAt";

  /** The wire-copy cluster an article (and its passages) belongs to: the id of its first member. */
  static final String CLUSTER = "clusterId";
  /** MinHash band keys of an article, for finding near copies. */
  static final String BAND = "band";
  /** An article's MinHash signature. */
  static final String MINHASH = "minhash";

  /** Commit user data: the embedding model the vectors came from. */
  static final String COMMIT_EMBEDDING_MODEL = "embeddingModel";
  /** Commit user data: the layout version of the index (fields, analysis). */
  static final String COMMIT_SCHEMA_VERSION = "schemaVersion";

  private IndexFields() {}
}
