package dev.newsdesk.retrieval;

import dev.newsdesk.index.PassageIndex;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the archive's sources when a question names them ("according to TechCrunch", "The
 * Verge article"). A source is known by its name, by the part before a section suffix ("The
 * Independent - Life and Style" → "The Independent"), and without a leading "The". Each word must
 * be capitalised in the question, so "the age of AI" does not name The Age.
 */
@ApplicationScoped
public class SourceCatalog {
  private static final Pattern SECTION_SUFFIX = Pattern.compile("\\s+(?:-|\\||:|–)\\s+.*$");
  private static final Set<String> SMALL_WORDS = Set.of("of", "and", "for", "the", "in", "on", "&");

  private final PassageIndex index;
  private final Map<String, List<Pattern>> patterns = new ConcurrentHashMap<>();

  public SourceCatalog(PassageIndex index) {
    this.index = index;
  }

  /** A source named in the text, and where. */
  public record Mention(String source, int start, int end) {}

  public List<Mention> find(String text) {
    List<Mention> found = new ArrayList<>();
    for (String source : index.sources()) {
      for (Pattern p : patterns.computeIfAbsent(source, SourceCatalog::aliases)) {
        Matcher m = p.matcher(text);
        if (m.find()) {
          found.add(new Mention(source, m.start(), m.end()));
          break;
        }
      }
    }
    return found;
  }

  static List<Pattern> aliases(String source) {
    Set<String> names = new LinkedHashSet<>();
    String name = source.strip();
    names.add(name);
    String head = SECTION_SUFFIX.matcher(name).replaceFirst("").strip();
    names.add(head);
    for (String n : List.copyOf(names)) {
      if (n.regionMatches(true, 0, "the ", 0, 4)) {
        names.add(n.substring(4));
      }
      if (n.toLowerCase(Locale.ROOT).endsWith(".com")) {
        names.add(n.substring(0, n.length() - 4));
      }
    }
    List<Pattern> out = new ArrayList<>();
    for (String n : names) {
      if (!n.isBlank()) {
        out.add(Pattern.compile("(?<![\\p{L}\\p{N}])" + capitalisedWords(n) + "(?![\\p{L}\\p{N}])"));
      }
    }
    return out;
  }

  /** Each word must start with a capital letter in the text; the rest of it may be in any case. */
  private static String capitalisedWords(String name) {
    StringBuilder regex = new StringBuilder();
    for (String word : name.split("\\s+")) {
      if (regex.length() > 0) {
        regex.append("\\s+");
      }
      String lower = word.toLowerCase(Locale.ROOT);
      if (SMALL_WORDS.contains(lower) || !Character.isLetter(word.charAt(0))) {
        regex.append("(?i:").append(Pattern.quote(word)).append(")");
      } else {
        regex.append(Character.toUpperCase(word.charAt(0)));
        if (word.length() > 1) {
          regex.append("(?i:").append(Pattern.quote(word.substring(1))).append(")");
        }
      }
    }
    return regex.toString();
  }
}
