package dev.newsdesk.index;

/**
 * A search candidate: which passage, of which article and wire-copy cluster, and its score in that
 * search.
 */
public record PassageRef(String passageId, String articleId, String clusterId, double score) {
  public PassageRef withScore(double newScore) {
    return new PassageRef(passageId, articleId, clusterId, newScore);
  }
}
