package dev.newsdesk.widget;

import dev.newsdesk.api.ApiException;
import dev.newsdesk.index.PassageIndex;
import dev.newsdesk.ingest.Article;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /articles/{id}}: a plain page with a stored article, for citations of articles that have
 * no URL of their own; the widget's link to it carries a text fragment, so the browser scrolls to
 * the quoted passage. Everything is escaped: the article's text is never HTML.
 */
@Path("/articles")
@Tag(name = "Articles")
public class ArticlePage {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private final PassageIndex index;

  public ArticlePage(PassageIndex index) {
    this.index = index;
  }

  @GET
  @Path("/{id}")
  @Produces(MediaType.TEXT_HTML)
  @Operation(summary = "Read a stored article as a web page")
  public String page(@PathParam("id") String id) {
    Article a = index.article(id).orElseThrow(() -> ApiException.notFound("no article with id '" + id + "'"));
    StringBuilder html = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>").append(escape(a.title())).append("</title>")
        .append("<style>body{font:18px/1.6 Georgia,serif;max-width:42rem;margin:2rem auto;padding:0 1rem;color:#222}")
        .append(".meta{font:14px system-ui,sans-serif;color:#666}</style></head><body><article>")
        .append("<h1>").append(escape(a.title())).append("</h1><p class=\"meta\">");
    StringBuilder meta = new StringBuilder();
    append(meta, a.place());
    append(meta, a.source());
    append(meta, a.publishedAt() == null ? null : DAY.format(a.publishedAt()));
    html.append(escape(meta.toString())).append("</p>");
    for (String paragraph : a.body().split("\\R+")) {
      if (!paragraph.isBlank()) {
        html.append("<p>").append(escape(paragraph.strip())).append("</p>");
      }
    }
    if (a.byline() != null) {
      html.append("<p class=\"meta\">").append(escape(a.byline())).append("</p>");
    }
    if (a.url() != null) {
      html.append("<p class=\"meta\"><a href=\"").append(escape(a.url())).append("\">Original article</a></p>");
    }
    return html.append("</article></body></html>").toString();
  }

  private static void append(StringBuilder meta, String part) {
    if (part != null && !part.isBlank()) {
      meta.append(meta.length() == 0 ? "" : " · ").append(part);
    }
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
