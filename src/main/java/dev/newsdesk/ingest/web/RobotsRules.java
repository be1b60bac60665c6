package dev.newsdesk.ingest.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * robots.txt, per host, cached: the group for our user agent (or *), its Allow and Disallow
 * prefixes, the longest match deciding (Google's reading of the standard).
 */
final class RobotsRules {
  private final Map<String, List<Rule>> byHost = new ConcurrentHashMap<>();

  private record Rule(String prefix, boolean allow) {}

  boolean allows(URI uri, Function<URI, String> fetch, String userAgent) {
    String key = uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
    List<Rule> rules = byHost.computeIfAbsent(key, k -> parse(fetch.apply(uri.resolve("/robots.txt")), userAgent));
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    Rule best = null;
    for (Rule r : rules) {
      if (path.startsWith(r.prefix) && (best == null || r.prefix.length() > best.prefix.length())) {
        best = r;
      }
    }
    return best == null || best.allow;
  }

  static List<Rule> parse(String robots, String userAgent) {
    String agent = userAgent.split("[/ ]")[0].toLowerCase(Locale.ROOT);
    List<Rule> ours = new ArrayList<>();
    List<Rule> anyone = new ArrayList<>();
    List<Rule> current = null;
    boolean groupOpen = false;
    for (String raw : robots.split("\\R")) {
      String line = raw.replaceAll("#.*", "").strip();
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String field = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      if (field.equals("user-agent")) {
        if (!groupOpen) {
          current = new ArrayList<>();
          groupOpen = true;
        }
        String ua = value.toLowerCase(Locale.ROOT);
        if (ua.equals("*")) {
          anyone = current;
        } else if (agent.startsWith(ua) || ua.startsWith(agent)) {
          ours = current;
        }
      } else if (current != null && (field.equals("disallow") || field.equals("allow"))) {
        groupOpen = false;
        if (!value.isEmpty()) {
          current.add(new Rule(value.replace("*", ""), field.equals("allow")));
        }
      }
    }
    return ours.isEmpty() ? anyone : ours;
  }
}
