package dev.newsdesk.index;

/** How much the index holds. */
public record IndexStats(long articles, long passages, long sizeBytes, String embeddingModel) {}
