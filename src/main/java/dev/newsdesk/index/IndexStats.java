package dev.newsdesk.index;

/**
 * How much the index holds.
 *
 * @param clusters stories, counting wire copies of one story once
 */
public record IndexStats(long articles, long passages, long clusters, long sizeBytes, String embeddingModel) {}
