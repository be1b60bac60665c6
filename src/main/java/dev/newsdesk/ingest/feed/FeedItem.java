package dev.newsdesk.ingest.feed;

import java.time.Instant;

/** One entry of a feed, as the feed gives it. {@code content} is plain text (may be a summary). */
public record FeedItem(String title, String link, String author, Instant published, Instant updated, String content) {}
