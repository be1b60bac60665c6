package dev.newsdesk.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads batches of articles: a JSON object, a JSON array, JSON Lines, or a plain-text story. A bad
 * item is reported in its place and never stops the rest of the batch.
 */
public final class ArticleReader {
  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private ArticleReader() {}

  /** A JSON object or array. A syntax error fails the whole batch with {@link MalformedBatchException}. */
  public static List<ParsedArticle> readJson(String content) {
    JsonNode root;
    try {
      root = JSON.readTree(content);
    } catch (JsonProcessingException e) {
      throw new MalformedBatchException("malformed JSON: " + e.getOriginalMessage());
    }
    if (root == null || root.isMissingNode()) {
      throw new MalformedBatchException("the body is empty");
    }
    List<ParsedArticle> out = new ArrayList<>();
    if (root.isArray()) {
      for (int i = 0; i < root.size(); i++) {
        out.add(fromNode(i, root.get(i)));
      }
    } else {
      out.add(fromNode(0, root));
    }
    return out;
  }

  /** One JSON object per line; a line that is not valid JSON is reported, the others are read. */
  public static List<ParsedArticle> readJsonLines(String content) {
    List<ParsedArticle> out = new ArrayList<>();
    int position = 0;
    for (String line : content.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      try {
        out.add(fromNode(position, JSON.readTree(line)));
      } catch (JsonProcessingException e) {
        out.add(ParsedArticle.failed(position, "malformed JSON: " + e.getOriginalMessage()));
      }
      position++;
    }
    return out;
  }

  public static List<ParsedArticle> readPlainText(String content, String fallbackTitle) {
    try {
      return List.of(ParsedArticle.ok(0, PlainTextArticleParser.parse(content, fallbackTitle)));
    } catch (InvalidArticleException e) {
      return List.of(ParsedArticle.failed(0, e.getMessage()));
    }
  }

  /** Picks the format from the file name: .json, .jsonl/.ndjson, .html, or text (.txt, .md). */
  public static List<ParsedArticle> readFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    String content;
    try {
      content = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return read(name, content);
  }

  public static List<ParsedArticle> read(String fileName, String content) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return readJsonLines(content);
    }
    if (name.endsWith(".json")) {
      return readJson(content);
    }
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      try {
        ArticleInput page = dev.newsdesk.ingest.web.HtmlArticleExtractor.extract(content, "file:///" + fileName);
        if (page.url() != null && page.url().startsWith("file:")) {
          page = new ArticleInput(page.id(), page.title(), page.body(), null, page.source(), page.author(), page.publishedAt());
        }
        return List.of(ParsedArticle.ok(0, ArticleParser.parse(page)));
      } catch (InvalidArticleException e) {
        return List.of(ParsedArticle.failed(0, e.getMessage()));
      }
    }
    String base = fileName.replaceAll("\\.[^.]*$", "").replace('-', ' ').replace('_', ' ');
    return readPlainText(content, base);
  }

  public static boolean isArticleFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".ndjson")
        || name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".html") || name.endsWith(".htm");
  }

  private static ParsedArticle fromNode(int position, JsonNode node) {
    if (node == null || !node.isObject()) {
      return ParsedArticle.failed(position, "an article must be a JSON object");
    }
    try {
      for (String field : List.of("title", "body", "publishedAt", "url", "id", "source", "author")) {
        JsonNode v = node.get(field);
        if (v != null && !v.isNull() && !v.isTextual()) {
          return ParsedArticle.failed(position, field + " must be a string");
        }
      }
      ArticleInput input = JSON.treeToValue(node, ArticleInput.class);
      return ParsedArticle.ok(position, ArticleParser.parse(input));
    } catch (InvalidArticleException e) {
      return ParsedArticle.failed(position, e.getMessage());
    } catch (JsonProcessingException e) {
      return ParsedArticle.failed(position, "unreadable article: " + e.getOriginalMessage());
    }
  }
}
