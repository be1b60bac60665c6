package dev.newsdesk.index;

/** A search candidate: which passage, of which article, and its score in that search. */
public record PassageRef(String passageId, String articleId, double score) {
  public PassageRef withScore(double newScore) {
    return new PassageRef(passageId, articleId, newScore);
  }
}
