package dev.newsdesk.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CitationRenumbererTest {

  private static String whole(String text, int passages, List<Integer> expectedCited) {
    CitationRenumberer r = new CitationRenumberer(passages);
    String out = CitationRenumberer.renumber(text, r);
    assertEquals(expectedCited, r.citedPassages());
    return out;
  }

  @Test
  void renumbersInOrderOfFirstUse() {
    assertEquals("In June [1], in Pyongyang [2]. Again [1].",
        whole("In June [3], in Pyongyang [1]. Again [3].", 4, List.of(3, 1)));
  }

  @Test
  void dropsMarkersThatMatchNoPassageWithTheirSpace() {
    assertEquals("A claim. Another [1].", whole("A claim [7]. Another [2] [0].", 4, List.of(2)));
  }

  @Test
  void aDroppedMarkerBetweenWordsOrBeforeAnotherMarkerLeavesOneSpace() {
    assertEquals("x and y [1].", whole("x [9] and y [9][2].", 4, List.of(2)));
  }

  @Test
  void splitsGroupedMarkersAndDropsRepeats() {
    assertEquals("Both [1][2], again [1][2].", whole("Both [2, 4], again [2][4][2].", 4, List.of(2, 4)));
  }

  @Test
  void leavesOtherBracketsAlone() {
    assertEquals("An array [a] and [ 1x] stay.", whole("An array [a] and [ 1x] stay.", 4, List.of()));
  }

  @Test
  void markersSplitAcrossStreamedPiecesComeOutWhole() {
    CitationRenumberer r = new CitationRenumberer(4);
    StringBuilder shown = new StringBuilder();
    for (String piece : List.of("In June ", "[", "4", "] in Pyong", "yang [", "9]", ". Done [", "1")) {
      shown.append(r.accept(piece));
    }
    shown.append(r.flush());
    assertEquals("In June [1] in Pyongyang. Done [1", shown.toString());
    assertEquals(List.of(4), r.citedPassages());
  }
}
