package dev.newsdesk.chat;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * Limits on the articles a question is answered from.
 *
 * @param sources source names (any of them), matched ignoring case
 * @param from earliest publication date, ISO-8601 (inclusive)
 * @param to latest publication date, ISO-8601 (inclusive; a date means the whole day)
 * @param articleUrl answer about the article at this URL ("ask about this article")
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChatFilter(List<String> sources, String from, String to, String articleUrl) {}
