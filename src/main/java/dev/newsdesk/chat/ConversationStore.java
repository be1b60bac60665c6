package dev.newsdesk.chat;

import dev.newsdesk.config.NewsdeskConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Recent turns of each conversation, in memory: a bounded number of turns per conversation and of
 * conversations (least recently used forgotten first), each forgotten after a while unused.
 */
@ApplicationScoped
public class ConversationStore {
  private final int maxTurns;
  private final Duration ttl;
  private final int maxConversations;
  private final Clock clock;
  private final LinkedHashMap<String, Entry> conversations = new LinkedHashMap<>(16, 0.75f, true);

  @Inject
  public ConversationStore(NewsdeskConfig config) {
    this(config.conversation().maxTurns(), config.conversation().ttl(), config.conversation().maxConversations(),
        Clock.systemUTC());
  }

  ConversationStore(int maxTurns, Duration ttl, int maxConversations, Clock clock) {
    this.maxTurns = maxTurns;
    this.ttl = ttl;
    this.maxConversations = maxConversations;
    this.clock = clock;
  }

  /** The turns so far, oldest first; empty for an unknown or expired conversation. */
  public synchronized List<Turn> history(String conversationId) {
    Entry e = conversations.get(conversationId);
    if (e == null) {
      return List.of();
    }
    if (e.lastUsed + ttl.toMillis() < clock.millis()) {
      conversations.remove(conversationId);
      return List.of();
    }
    return List.copyOf(e.turns);
  }

  public synchronized void add(String conversationId, Turn turn) {
    Entry e = conversations.computeIfAbsent(conversationId, id -> new Entry());
    e.turns.add(turn);
    while (e.turns.size() > maxTurns) {
      e.turns.remove(0);
    }
    e.lastUsed = clock.millis();
    evict();
  }

  public synchronized int size() {
    return conversations.size();
  }

  private void evict() {
    // Access order puts the least recently used first: drop from there while over the bound or
    // expired, and stop at the first one still in use.
    long now = clock.millis();
    var it = conversations.values().iterator();
    while (it.hasNext()) {
      Entry eldest = it.next();
      if (conversations.size() <= maxConversations && eldest.lastUsed + ttl.toMillis() >= now) {
        break;
      }
      it.remove();
    }
  }

  private static final class Entry {
    final List<Turn> turns = new ArrayList<>();
    long lastUsed;
  }
}
