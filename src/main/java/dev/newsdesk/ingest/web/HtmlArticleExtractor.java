package dev.newsdesk.ingest.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.ingest.ArticleInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Turns a news page into an article. The metadata comes from where publishers put it: JSON-LD
 * ({@code NewsArticle}, {@code Article}), Open Graph and {@code article:*} meta tags, the canonical
 * link, {@code <time datetime>}. The text is the paragraphs of the element that holds the most
 * paragraph text, once navigation, headers, footers, asides, forms, comments, ads and scripts are
 * removed.
 */
public final class HtmlArticleExtractor {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BOILERPLATE = "script, style, noscript, template, iframe, nav, header, footer, aside, form, "
      + "button, svg, [role=navigation], [role=banner], [role=contentinfo], [role=complementary], "
      + "[aria-hidden=true], [hidden], [class~=(?i)comment], [id~=(?i)comment], "
      + "[class~=(?i)\\b(ad|ads|advert|advertisement|promo|sponsored|newsletter|share|social|related|cookie)\\b], "
      + "[id~=(?i)\\b(ad|ads|advert|promo|newsletter|share|related|cookie)\\b]";
  private static final int MIN_PARAGRAPH_CHARS = 25;

  private HtmlArticleExtractor() {}

  /**
   * @param html the page
   * @param url where it came from (after redirects), the fallback for the canonical URL
   */
  public static ArticleInput extract(String html, String url) {
    Document doc = Jsoup.parse(html, url);
    JsonNode ld = newsArticleJsonLd(doc);
    String title = first(text(ld, "headline"), meta(doc, "og:title"), meta(doc, "twitter:title"),
        doc.selectFirst("h1") == null ? null : doc.selectFirst("h1").text(), doc.title());
    String published = first(text(ld, "datePublished"), meta(doc, "article:published_time"),
        meta(doc, "og:published_time"), meta(doc, "date"), meta(doc, "pubdate"),
        doc.selectFirst("time[datetime]") == null ? null : doc.selectFirst("time[datetime]").attr("datetime"));
    String author = first(author(ld), meta(doc, "author"), meta(doc, "article:author"),
        doc.selectFirst("[rel=author]") == null ? null : doc.selectFirst("[rel=author]").text());
    String source = first(publisher(ld), meta(doc, "og:site_name"), meta(doc, "application-name"));
    Element canonicalLink = doc.selectFirst("link[rel=canonical]");
    String canonical = first(canonicalLink == null ? null : canonicalLink.absUrl("href"), meta(doc, "og:url"), url);
    String body = mainText(doc);
    return new ArticleInput(null, title, body, canonical, source, author, normaliseDate(published));
  }

  static String mainText(Document doc) {
    Element root = doc.body() == null ? doc : doc.body();
    root.select(BOILERPLATE).remove();
    Element best = null;
    int bestChars = 0;
    Elements candidates = root.select("article, main, [itemprop=articleBody], section, div");
    candidates.add(root);
    for (Element candidate : candidates) {
      int chars = 0;
      for (Element p : candidate.select("p")) {
        String t = p.text();
        if (t.length() >= MIN_PARAGRAPH_CHARS) {
          chars += t.length();
        }
      }
      // Prefer the innermost element holding (nearly) all of the text: a wrapper of the whole page
      // would also collect stray paragraphs.
      if (chars > bestChars * 1.1 || (best != null && chars >= bestChars * 0.9 && best.select("*").contains(candidate))) {
        best = candidate;
        bestChars = Math.max(bestChars, chars);
      }
    }
    List<String> paragraphs = new ArrayList<>();
    for (Element p : (best == null ? root : best).select("p, h2, h3, li")) {
      String t = p.text().strip();
      boolean heading = p.tagName().startsWith("h");
      if (heading ? !t.isEmpty() : t.length() >= MIN_PARAGRAPH_CHARS) {
        paragraphs.add(t);
      }
    }
    return String.join("\n", paragraphs);
  }

  private static JsonNode newsArticleJsonLd(Document doc) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode found = findArticle(JSON.readTree(script.data()));
        if (found != null) {
          return found;
        }
      } catch (Exception malformed) {
        // pages carry broken JSON-LD too; the other metadata still counts
      }
    }
    return null;
  }

  private static JsonNode findArticle(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isArray()) {
      for (JsonNode n : node) {
        JsonNode found = findArticle(n);
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    if (node.has("@graph")) {
      return findArticle(node.get("@graph"));
    }
    String type = node.path("@type").isArray() ? node.path("@type").toString() : node.path("@type").asText("");
    return type.toLowerCase(Locale.ROOT).matches(".*(newsarticle|reportagenewsarticle|article|blogposting).*") ? node : null;
  }

  private static String text(JsonNode node, String field) {
    if (node == null || !node.has(field)) {
      return null;
    }
    JsonNode v = node.get(field);
    return v.isTextual() ? v.asText() : null;
  }

  private static String author(JsonNode ld) {
    if (ld == null || !ld.has("author")) {
      return null;
    }
    JsonNode a = ld.get("author");
    if (a.isArray()) {
      List<String> names = new ArrayList<>();
      a.forEach(x -> names.add(x.isTextual() ? x.asText() : x.path("name").asText()));
      return String.join(", ", names);
    }
    return a.isTextual() ? a.asText() : a.path("name").asText(null);
  }

  private static String publisher(JsonNode ld) {
    return ld == null ? null : ld.path("publisher").path("name").asText(null);
  }

  private static String meta(Document doc, String name) {
    Element m = doc.selectFirst("meta[property=\"" + name + "\"], meta[name=\"" + name + "\"], meta[itemprop=\"" + name + "\"]");
    return m == null ? null : m.attr("content");
  }

  @SafeVarargs
  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  /** Dates as pages write them, to what the article parser reads: "2023-10-05T09:00:00+0000" gets its colon. */
  static String normaliseDate(String value) {
    if (value == null) {
      return null;
    }
    String v = value.strip();
    if (v.matches(".*[+-]\\d{4}$")) {
      v = v.substring(0, v.length() - 2) + ":" + v.substring(v.length() - 2);
    }
    return v;
  }
}
