package dev.newsdesk.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ConversationStoreTest {

  /** A clock the test moves by hand. */
  private static final class ManualClock extends Clock {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void keepsOnlyTheLastTurns() {
    ConversationStore store = new ConversationStore(2, Duration.ofMinutes(30), 10, new ManualClock());
    store.add("c", new Turn("q1", "q1", "a1"));
    store.add("c", new Turn("q2", "q2", "a2"));
    store.add("c", new Turn("q3", "q3", "a3"));
    assertEquals(2, store.history("c").size());
    assertEquals("q2", store.history("c").get(0).asked());
  }

  @Test
  void forgetsAConversationUnusedForLongerThanItsTtl() {
    ManualClock clock = new ManualClock();
    ConversationStore store = new ConversationStore(5, Duration.ofMinutes(30), 10, clock);
    store.add("c", new Turn("q", "q", "a"));
    clock.now = clock.now.plus(Duration.ofMinutes(29));
    assertEquals(1, store.history("c").size());
    clock.now = clock.now.plus(Duration.ofMinutes(31));
    assertTrue(store.history("c").isEmpty());
  }

  @Test
  void forgetsTheLeastRecentlyUsedConversationBeyondTheBound() {
    ConversationStore store = new ConversationStore(5, Duration.ofMinutes(30), 2, new ManualClock());
    store.add("a", new Turn("q", "q", "x"));
    store.add("b", new Turn("q", "q", "x"));
    store.add("a", new Turn("q2", "q2", "x"));
    store.add("c", new Turn("q", "q", "x"));
    assertEquals(2, store.size());
    assertTrue(store.history("b").isEmpty());
    assertEquals(2, store.history("a").size());
  }
}
