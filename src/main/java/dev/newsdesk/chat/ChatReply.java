package dev.newsdesk.chat;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.newsdesk.answer.Answer;
import dev.newsdesk.answer.Citation;
import java.util.List;

/** The answer to a {@link ChatRequest}, with the conversation it belongs to. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChatReply(
    String conversationId, String answer, List<Citation> citations, String mode, boolean found, String notice) {
  static ChatReply of(String conversationId, Answer answer) {
    return new ChatReply(
        conversationId, answer.answer(), answer.citations(), answer.mode(), answer.found(), answer.notice());
  }
}
