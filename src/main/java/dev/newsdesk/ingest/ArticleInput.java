package dev.newsdesk.ingest;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** An article as clients send it; {@link ArticleParser} checks it and turns it into an {@link Article}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ArticleInput(
    String id,
    String title,
    String body,
    String url,
    String source,
    String author,
    @JsonAlias({"published_at", "published", "date"}) String publishedAt) {}
