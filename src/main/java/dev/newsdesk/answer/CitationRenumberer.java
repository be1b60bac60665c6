package dev.newsdesk.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the [n] markers of answer text as it streams in: markers that match no passage are
 * dropped (with the space before them), and the rest are renumbered in order of first use, so the
 * reader sees [1], [2], … whatever passage numbers the writer used. "[2, 3]" becomes "[1][2]".
 * Text is held back only while it could still be the start of a marker.
 */
public final class CitationRenumberer {
  private static final Pattern MARKER = Pattern.compile("\\[(\\d{1,3}(?:\\s*,\\s*\\d{1,3})*)\\]");
  private static final int MAX_MARKER_LENGTH = 24;

  private final int passageCount;
  /** Passage numbers (1-based) in order of first citation. */
  private final List<Integer> cited = new ArrayList<>();
  private final StringBuilder pending = new StringBuilder();
  private final StringBuilder pendingSpace = new StringBuilder();
  /** A marker was just dropped: collapse the spaces around it, and drop one before punctuation. */
  private boolean dropped;
  /** Markers emitted back to back since the last other text, so "[1][2][1]" comes out "[1][2]". */
  private final StringBuilder markerRun = new StringBuilder();

  public CitationRenumberer(int passageCount) {
    this.passageCount = passageCount;
  }

  /** Takes the next piece of raw text; returns what can be shown now. */
  public String accept(String delta) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < delta.length(); i++) {
      char c = delta.charAt(i);
      if (pending.length() > 0) {
        pending.append(c);
        if (c == ']') {
          resolveMarker(out);
        } else if (!(Character.isDigit(c) || c == ',' || c == ' ') || pending.length() > MAX_MARKER_LENGTH) {
          emit(out, pending.toString());
          pending.setLength(0);
        }
      } else if (c == '[') {
        pending.append(c);
      } else if (Character.isWhitespace(c)) {
        markerRun.setLength(0);
        if (!(dropped && pendingSpace.length() > 0)) {
          pendingSpace.append(c);
        }
      } else {
        emit(out, String.valueOf(c));
      }
    }
    return out.toString();
  }

  /** Ends the text; returns whatever was still held back. */
  public String flush() {
    StringBuilder out = new StringBuilder();
    if (pending.length() > 0) {
      emit(out, pending.toString());
      pending.setLength(0);
    }
    pendingSpace.setLength(0); // trailing space is dropped
    return out.toString();
  }

  /** Passage numbers (1-based) cited, in the order of the new numbers. */
  public List<Integer> citedPassages() {
    return List.copyOf(cited);
  }

  /** The whole-text form: renumbers a finished answer in one go. */
  public static String renumber(String text, CitationRenumberer renumberer) {
    return (renumberer.accept(text) + renumberer.flush()).strip();
  }

  private void resolveMarker(StringBuilder out) {
    Matcher m = MARKER.matcher(pending);
    if (!m.matches()) {
      emit(out, pending.toString());
      pending.setLength(0);
      return;
    }
    StringBuilder rewritten = new StringBuilder();
    for (String part : m.group(1).split(",")) {
      int passage = Integer.parseInt(part.strip());
      if (passage < 1 || passage > passageCount) {
        continue;
      }
      int n = cited.indexOf(passage);
      if (n < 0) {
        cited.add(passage);
        n = cited.size() - 1;
      }
      String marker = "[" + (n + 1) + "]";
      if (rewritten.indexOf(marker) < 0 && markerRun.indexOf(marker) < 0) {
        rewritten.append(marker);
      }
    }
    pending.setLength(0);
    if (rewritten.length() == 0) {
      dropped = true; // a marker to nothing (or a repeat) goes
      return;
    }
    emit(out, rewritten.toString());
    markerRun.append(rewritten);
  }

  private void emit(StringBuilder out, String text) {
    if (dropped && ".,;:!?)".indexOf(text.charAt(0)) >= 0) {
      pendingSpace.setLength(0);
    }
    dropped = false;
    if (text.charAt(0) != '[') {
      markerRun.setLength(0);
    }
    out.append(pendingSpace);
    pendingSpace.setLength(0);
    out.append(text);
  }
}
