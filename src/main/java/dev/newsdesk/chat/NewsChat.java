package dev.newsdesk.chat;

import dev.newsdesk.answer.Answer;
import dev.newsdesk.answer.CitedAnswerer;
import dev.newsdesk.answer.Question;
import dev.newsdesk.api.ApiException;
import dev.newsdesk.config.NewsdeskConfig;
import dev.newsdesk.index.SearchFilter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Answers a reader's question within its conversation. The HTTP API, the widget and the Slack bot
 * all come through here: it checks the request, makes a follow-up standalone, asks {@link
 * CitedAnswerer}, and remembers the turn.
 */
@ApplicationScoped
public class NewsChat {
  private static final Pattern CONVERSATION_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

  private final CitedAnswerer answerer;
  private final ConversationStore conversations;
  private final FollowUpResolver followUps;
  private final int maxQuestionLength;

  public NewsChat(CitedAnswerer answerer, ConversationStore conversations, FollowUpResolver followUps,
      NewsdeskConfig config) {
    this.answerer = answerer;
    this.conversations = conversations;
    this.followUps = followUps;
    this.maxQuestionLength = config.answer().maxQuestionLength();
  }

  /** Checks a request before any work starts; throws {@link ApiException} (400) when it is bad. */
  public ChatRequest validate(ChatRequest request) {
    if (request == null) {
      throw ApiException.badRequest("invalid_question", "send a JSON object like {\"question\": \"…\"}");
    }
    String question = request.question() == null ? "" : request.question().strip();
    if (question.isEmpty()) {
      throw ApiException.badRequest("invalid_question", "question is required and must not be empty");
    }
    if (question.length() > maxQuestionLength) {
      throw ApiException.badRequest("invalid_question",
          "question is " + question.length() + " characters long; the limit is " + maxQuestionLength);
    }
    String id = request.conversationId();
    if (id != null && !id.isBlank() && !CONVERSATION_ID.matcher(id).matches()) {
      throw ApiException.badRequest("invalid_conversation_id",
          "conversationId may hold only letters, digits, '.', '_', ':' and '-' (at most 128)");
    }
    toSearchFilter(request.filter());
    String articleUrl = request.articleUrl() == null || request.articleUrl().isBlank() ? null : request.articleUrl().strip();
    if (articleUrl != null && !articleUrl.matches("(?i)https?://\\S+")) {
      throw ApiException.badRequest("invalid_article_url", "articleUrl must be an http(s) URL");
    }
    return new ChatRequest(question, id == null || id.isBlank() ? null : id, request.filter(), articleUrl);
  }

  public ChatReply ask(ChatRequest request) {
    return ask(request, piece -> {});
  }

  /** @param pieces receives the answer text as it is written */
  public ChatReply ask(ChatRequest request, Consumer<String> pieces) {
    ChatRequest checked = validate(request);
    String conversationId = checked.conversationId() != null ? checked.conversationId() : UUID.randomUUID().toString();
    List<Turn> history = conversations.history(conversationId);
    Question question = followUps.resolve(checked.question(), history);
    Answer answer = answerer.answer(question, toSearchFilter(checked.filter()), checked.articleUrl(), pieces);
    conversations.add(conversationId, new Turn(question.asked(), question.standalone(), answer.answer()));
    return ChatReply.of(conversationId, answer);
  }

  static SearchFilter toSearchFilter(ChatFilter filter) {
    if (filter == null) {
      return SearchFilter.NONE;
    }
    try {
      return SearchFilter.parse(filter.sources(), filter.from(), filter.to(), filter.articleUrl());
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("invalid_filter", e.getMessage());
    }
  }
}
