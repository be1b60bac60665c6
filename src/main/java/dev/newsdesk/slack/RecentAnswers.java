package dev.newsdesk.slack;

import dev.newsdesk.chat.ChatReply;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Answers recently posted to Slack, by the id their buttons carry, so a 👍 or a "share" click can
 * find what was asked and answered. Bounded: the oldest are forgotten first.
 */
@ApplicationScoped
public class RecentAnswers {
  private static final int MAX = 5_000;

  /** What a button needs to know. */
  public record Entry(String question, ChatReply reply) {}

  private final Map<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, false) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
      return size() > MAX;
    }
  };

  public synchronized String remember(String question, ChatReply reply) {
    String id = UUID.randomUUID().toString();
    entries.put(id, new Entry(question, reply));
    return id;
  }

  public synchronized Optional<Entry> get(String id) {
    return Optional.ofNullable(entries.get(id));
  }
}
