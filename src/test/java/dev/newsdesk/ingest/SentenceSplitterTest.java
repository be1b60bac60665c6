package dev.newsdesk.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  @Test
  void splitsAtFullStopsButNotAfterAbbreviationsOrInitials() {
    List<String> sentences = SentenceSplitter.split(
        "It was in reply to a message on the Aug. 15 anniversary, U.S. officials said. "
            + "Mr. Kim met Jack K. Smith on Friday! Did he? Yes.");
    assertEquals(List.of(
        "It was in reply to a message on the Aug. 15 anniversary, U.S. officials said.",
        "Mr. Kim met Jack K. Smith on Friday!",
        "Did he?",
        "Yes."), sentences);
  }

  @Test
  void keepsClosingQuotesWithTheirSentence() {
    assertEquals(List.of("“We will win,” Kim said.", "“Then what?”", "Nobody knew."),
        SentenceSplitter.split("“We will win,” Kim said. “Then what?” Nobody knew."));
  }

  @Test
  void aLineBreakAlwaysEndsASentence() {
    assertEquals(List.of("HEADLINE WITHOUT STOP", "Body text here."),
        SentenceSplitter.split("HEADLINE WITHOUT STOP\n\nBody text here."));
  }

  @Test
  void anEllipsisInsideASentenceDoesNotSplitIt() {
    assertEquals(List.of("developing … relations of friendship, Kim said."),
        SentenceSplitter.split("developing … relations of friendship, Kim said."));
  }
}
