package dev.newsdesk.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsdesk.answer.Question;
import org.junit.jupiter.api.Test;

class FollowUpResolverTest {
  private final Turn summit = new Turn("When did the second summit happen?", "When did the second summit happen?",
      "Kim and Putin held a second summit meeting in June in Pyongyang [1].");

  @Test
  void aFollowUpThatLeansOnThePreviousQuestionCarriesItsKeyWords() {
    Question q = FollowUpResolver.carryKeyWords("Where was it held?", summit);
    assertEquals("Where was it held?", q.asked());
    assertEquals("Where was it held? second summit", q.standalone());
  }

  @Test
  void aQuestionThatStandsOnItsOwnIsLeftAlone() {
    Question q = FollowUpResolver.carryKeyWords("What did Beyoncé's concert film earn at the box office?", summit);
    assertEquals(q.asked(), q.standalone());
  }
}
