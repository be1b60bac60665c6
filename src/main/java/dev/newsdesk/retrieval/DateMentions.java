package dev.newsdesk.retrieval;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds calendar dates in a question ("on October 31, 2023", "16 August 2024", "2023-10-05", "in
 * October 2023") and turns each into a window of publication time: a day gives that day give or
 * take one (time zones), a month the whole month.
 */
public final class DateMentions {
  private static final String MONTH =
      "(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})\\b");
  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",?\\s+(\\d{4})\\b");
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
      Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
      Map.entry("nov", 11), Map.entry("dec", 12));

  private DateMentions() {}

  /** A window of publication time named in the text, and where it was named. */
  public record Window(java.time.Instant from, java.time.Instant to, int start, int end) {}

  public static List<Window> find(String text) {
    List<Window> windows = new ArrayList<>();
    boolean[] taken = new boolean[text.length()];
    Matcher m = MONTH_DAY_YEAR.matcher(text);
    while (m.find()) {
      day(windows, taken, m, Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
    }
    m = DAY_MONTH_YEAR.matcher(text);
    while (m.find()) {
      day(windows, taken, m, Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
    }
    m = ISO.matcher(text);
    while (m.find()) {
      day(windows, taken, m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }
    m = MONTH_YEAR.matcher(text);
    while (m.find()) {
      if (!taken[m.start()]) {
        try {
          YearMonth ym = YearMonth.of(Integer.parseInt(m.group(2)), month(m.group(1)));
          windows.add(new Window(ym.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
              ym.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1), m.start(), m.end()));
        } catch (DateTimeException e) {
          // not a real month
        }
      }
    }
    return windows;
  }

  private static void day(List<Window> windows, boolean[] taken, Matcher m, int year, int month, int day) {
    try {
      LocalDate date = LocalDate.of(year, month, day);
      windows.add(new Window(date.minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
          date.plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1), m.start(), m.end()));
      for (int i = m.start(); i < m.end(); i++) {
        taken[i] = true;
      }
    } catch (DateTimeException e) {
      // "February 30": not a date
    }
  }

  private static int month(String name) {
    return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
  }
}
