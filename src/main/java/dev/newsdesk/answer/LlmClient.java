package dev.newsdesk.answer;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import dev.newsdesk.config.NewsdeskConfig;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The configured chat model, if any: an OpenAI-compatible server or Ollama, chosen at start from
 * {@code newsdesk.llm.provider}, so switching needs no rebuild. Calls have a timeout; a call that
 * fails before any text arrived is retried.
 */
@ApplicationScoped
public class LlmClient {
  private final String provider;
  private final ChatModel chat;
  private final StreamingChatModel streaming;
  private final Duration timeout;
  private final int maxRetries;

  public LlmClient(NewsdeskConfig config) {
    NewsdeskConfig.Llm llm = config.llm();
    this.provider = llm.provider().strip().toLowerCase(Locale.ROOT);
    this.timeout = llm.timeout();
    this.maxRetries = Math.max(0, llm.maxRetries());
    switch (provider) {
      case "openai" -> {
        String key = config.openai().apiKey().orElse("not-needed");
        chat = OpenAiChatModel.builder().baseUrl(config.openai().baseUrl()).apiKey(key)
            .modelName(config.openai().model()).temperature(llm.temperature()).timeout(timeout)
            .maxRetries(maxRetries).build();
        streaming = OpenAiStreamingChatModel.builder().baseUrl(config.openai().baseUrl()).apiKey(key)
            .modelName(config.openai().model()).temperature(llm.temperature()).timeout(timeout).build();
        Log.infof("Answers are written by %s at %s", config.openai().model(), config.openai().baseUrl());
      }
      case "ollama" -> {
        chat = OllamaChatModel.builder().baseUrl(config.ollama().baseUrl()).modelName(config.ollama().model())
            .temperature(llm.temperature()).timeout(timeout).maxRetries(maxRetries).build();
        streaming = OllamaStreamingChatModel.builder().baseUrl(config.ollama().baseUrl())
            .modelName(config.ollama().model()).temperature(llm.temperature()).timeout(timeout).build();
        Log.infof("Answers are written by Ollama model %s at %s", config.ollama().model(), config.ollama().baseUrl());
      }
      case "none", "" -> {
        chat = null;
        streaming = null;
      }
      default -> throw new IllegalArgumentException(
          "newsdesk.llm.provider must be none, openai or ollama, not '" + llm.provider() + "'");
    }
  }

  public boolean isEnabled() {
    return chat != null;
  }

  /** One reply, whole. */
  public String complete(String system, String user) {
    try {
      return chat.chat(messages(system, user)).aiMessage().text();
    } catch (RuntimeException e) {
      throw new AnswererUnavailableException("the language model did not answer: " + e.getMessage(), e);
    }
  }

  /** One reply, piece by piece to {@code pieces}; returns the whole text once it is complete. */
  public String stream(String system, String user, Consumer<String> pieces) {
    RuntimeException last = null;
    for (int attempt = 0; attempt <= maxRetries; attempt++) {
      AtomicBoolean started = new AtomicBoolean();
      try {
        return streamOnce(messages(system, user), piece -> {
          started.set(true);
          pieces.accept(piece);
        });
      } catch (RuntimeException e) {
        last = e;
        if (started.get()) {
          break; // the reader has seen part of this reply: don't start another
        }
        Log.warnf("The language model failed (attempt %d): %s", attempt + 1, e.getMessage());
      }
    }
    throw new AnswererUnavailableException("the language model did not answer: " + last.getMessage(), last);
  }

  private String streamOnce(List<ChatMessage> messages, Consumer<String> pieces) {
    CompletableFuture<String> done = new CompletableFuture<>();
    StringBuilder text = new StringBuilder();
    streaming.chat(messages, new StreamingChatResponseHandler() {
      @Override
      public void onPartialResponse(String piece) {
        if (!done.isDone()) {
          text.append(piece);
          pieces.accept(piece);
        }
      }

      @Override
      public void onCompleteResponse(ChatResponse response) {
        done.complete(text.length() > 0 ? text.toString() : response.aiMessage().text());
      }

      @Override
      public void onError(Throwable error) {
        done.completeExceptionally(error);
      }
    });
    try {
      return done.get(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      done.cancel(true);
      throw new IllegalStateException("no complete reply within " + timeout.toSeconds() + " s");
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted");
    }
  }

  private static List<ChatMessage> messages(String system, String user) {
    return system == null || system.isBlank()
        ? List.of(UserMessage.from(user))
        : List.of(SystemMessage.from(system), UserMessage.from(user));
  }
}
