package dev.newsdesk.answer;

import java.time.Instant;

/**
 * A source of an answer: {@code [n]} in the answer text points here.
 *
 * @param quote the passage the answer drew on, word for word
 */
public record Citation(
    int n, String articleId, String title, String source, String url, Instant publishedAt, String quote) {}
