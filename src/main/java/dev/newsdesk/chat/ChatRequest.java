package dev.newsdesk.chat;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A question to Newsdesk.
 *
 * @param conversationId continues an earlier conversation; a new one is started when absent
 * @param filter optional limits on which articles may answer
 * @param articleUrl the article the reader is on: its passages are favoured, others still count
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChatRequest(String question, String conversationId, ChatFilter filter, String articleUrl) {}
