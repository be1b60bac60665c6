package dev.newsdesk.answer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prompt files of {@code prompts/} (packaged as resources), loaded once, with {@code {{name}}}
 * placeholders filled in.
 */
public final class Prompts {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)\\}\\}");
  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

  private Prompts() {}

  public static String render(String name, Map<String, String> values) {
    String template = CACHE.computeIfAbsent(name, Prompts::load);
    // One pass over the template, so a value that itself holds "{{…}}" is never expanded.
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String load(String name) {
    String path = "prompts/" + name;
    try (InputStream in = Prompts.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing prompt file " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
