package dev.newsdesk.ingest.feed;

/**
 * A feed to poll.
 *
 * @param sourceName the outlet's name for its articles; null takes the feed's own title
 */
public record FeedSource(String url, String sourceName) {}
