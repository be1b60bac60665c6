package dev.newsdesk.ingest.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

class RobotsRulesTest {
  private static final String ROBOTS = """
      User-agent: *
      Disallow: /private/
      Allow: /private/press/

      User-agent: BadBot
      Disallow: /
      """;

  @Test
  void theLongestMatchingRuleOfTheRightGroupDecides() {
    RobotsRules rules = new RobotsRules();
    String ua = "Newsdesk/0.1 (+https://example.com)";
    assertTrue(rules.allows(URI.create("https://site.example/news/a"), u -> ROBOTS, ua));
    assertFalse(rules.allows(URI.create("https://site.example/private/memo"), u -> ROBOTS, ua));
    assertTrue(rules.allows(URI.create("https://site.example/private/press/release"), u -> ROBOTS, ua));
    assertFalse(new RobotsRules().allows(URI.create("https://site.example/news/a"), u -> ROBOTS, "BadBot/2.0"));
    assertTrue(new RobotsRules().allows(URI.create("https://site.example/x"), u -> "", ua), "no robots.txt allows all");
  }
}
