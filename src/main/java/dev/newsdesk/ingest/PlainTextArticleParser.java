package dev.newsdesk.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a news story kept as plain text. Understands, all optional:
 *
 * <ul>
 *   <li>a header of {@code Key: value} lines ending at a blank line (Title, Source, URL, Published,
 *       Author, Id);
 *   <li>a headline as the first line (short, no closing full stop);
 *   <li>a wire dateline opening the story, {@code SEOUL (Reuters) –} or {@code WASHINGTON, Aug 16
 *       (AP) -}: it gives the place and the source and is cut from the text;
 *   <li>a closing credit line, {@code (Reporting by …; Editing by …)}: kept as the byline, out of
 *       the passages, together with any short scraps after it.
 * </ul>
 */
public final class PlainTextArticleParser {
  private static final Pattern HEADER_LINE =
      Pattern.compile("^(title|source|url|published|publishedat|date|author|id)\\s*:\\s*(.+)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern DATELINE =
      Pattern.compile(
          "^(\\p{Lu}[\\p{Lu} .'’-]{1,40}?)(?:\\s*/[^(]{0,40})?(?:,\\s*[^()]{1,30}?)?\\s*\\(([^)]{2,40})\\)\\s*[-–—]+\\s*");
  private static final Pattern CREDIT_LINE =
      Pattern.compile(
          "^\\(((?:Additional )?(?:Reporting|Writing|Editing|Compiled|Research)\\b.*)\\)\\s*$", Pattern.CASE_INSENSITIVE);
  private static final int MAX_SCRAP_WORDS = 4;

  private PlainTextArticleParser() {}

  /**
   * @param fallbackTitle used when the text names no title (a file name, say); may be null
   */
  public static Article parse(String text, String fallbackTitle) {
    List<String> lines = new ArrayList<>(List.of(text.replace("\r", "").split("\n", -1)));
    String title = null, source = null, url = null, published = null, author = null, id = null;

    // Header block: only when the very first line is a key line.
    if (!lines.isEmpty() && HEADER_LINE.matcher(lines.get(0).strip()).matches()) {
      while (!lines.isEmpty() && !lines.get(0).isBlank()) {
        Matcher m = HEADER_LINE.matcher(lines.remove(0).strip());
        if (!m.matches()) {
          continue;
        }
        String value = m.group(2).strip();
        switch (m.group(1).toLowerCase(Locale.ROOT)) {
          case "title" -> title = value;
          case "source" -> source = value;
          case "url" -> url = value;
          case "published", "publishedat", "date" -> published = value;
          case "author" -> author = value;
          case "id" -> id = value;
          default -> { }
        }
      }
    }
    stripBlankEdges(lines);

    if (title == null && lines.size() > 1 && looksLikeHeadline(lines.get(0))) {
      title = lines.remove(0).strip();
      stripBlankEdges(lines);
    }

    String byline = null;
    for (int i = lines.size() - 1; i >= 0 && i >= lines.size() - 4; i--) {
      Matcher m = CREDIT_LINE.matcher(lines.get(i).strip());
      if (m.matches()) {
        byline = m.group(1).strip();
        lines.subList(i, lines.size()).clear();
        break;
      }
      if (PassageSplitter.wordCount(lines.get(i)) > MAX_SCRAP_WORDS) {
        break;
      }
    }
    stripBlankEdges(lines);

    String place = null;
    if (!lines.isEmpty()) {
      Matcher m = DATELINE.matcher(lines.get(0));
      if (m.find()) {
        place = m.group(1).strip();
        if (source == null) {
          source = m.group(2).strip();
        }
        lines.set(0, lines.get(0).substring(m.end()));
      }
    }

    String body = String.join("\n", lines).strip();
    if (title == null) {
      title = fallbackTitle != null && !fallbackTitle.isBlank() ? fallbackTitle : firstWords(body, 12);
    }
    Article parsed =
        ArticleParser.parse(new ArticleInput(id, title, body, url, source, author, published));
    return new Article(
        parsed.id(), parsed.title(), parsed.body(), parsed.url(), parsed.source(), parsed.author(),
        parsed.publishedAt(), place, byline, null);
  }

  private static boolean looksLikeHeadline(String line) {
    String s = line.strip();
    int words = PassageSplitter.wordCount(s);
    return words > 0 && words <= 20 && !s.endsWith(".") && !DATELINE.matcher(s).find();
  }

  private static String firstWords(String body, int n) {
    String firstSentence = SentenceSplitter.split(body).stream().findFirst().orElse(body);
    String[] words = firstSentence.split("\\s+");
    return words.length <= n ? firstSentence : String.join(" ", List.of(words).subList(0, n)) + " …";
  }

  private static void stripBlankEdges(List<String> lines) {
    while (!lines.isEmpty() && lines.get(0).isBlank()) {
      lines.remove(0);
    }
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
      lines.remove(lines.size() - 1);
    }
  }
}
