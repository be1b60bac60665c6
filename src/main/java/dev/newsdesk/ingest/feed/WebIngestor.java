package dev.newsdesk.ingest.feed;

import dev.newsdesk.index.PassageIndex;
import dev.newsdesk.ingest.Article;
import dev.newsdesk.ingest.ArticleIngestor;
import dev.newsdesk.ingest.ArticleInput;
import dev.newsdesk.ingest.ArticleParser;
import dev.newsdesk.ingest.IngestResult;
import dev.newsdesk.ingest.InvalidArticleException;
import dev.newsdesk.ingest.ParsedArticle;
import dev.newsdesk.ingest.PassageSplitter;
import dev.newsdesk.ingest.web.FetchException;
import dev.newsdesk.ingest.web.Fetched;
import dev.newsdesk.ingest.web.Fetcher;
import dev.newsdesk.ingest.web.HtmlArticleExtractor;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings articles in from the web: a page by URL (its main text extracted), or every item of a
 * feed — taking the item's own text when the feed carries the full story, else fetching its page.
 * Failures of one item are reported with it and never stop the others.
 */
@ApplicationScoped
public class WebIngestor {
  /** A feed item with fewer words than this is a summary: the page is fetched for the story. */
  static final int FULL_TEXT_WORDS = 120;
  private static final Pattern CHARSET = Pattern.compile("charset=\"?([\\w-]+)", Pattern.CASE_INSENSITIVE);

  private final Fetcher fetcher;
  private final ArticleIngestor ingestor;
  private final PassageIndex index;

  public WebIngestor(Fetcher fetcher, ArticleIngestor ingestor, PassageIndex index) {
    this.fetcher = fetcher;
    this.ingestor = ingestor;
    this.index = index;
  }

  /** A page: fetched (robots.txt honoured), its article extracted and stored. */
  public IngestResult ingestPage(String url) {
    Article article = pageArticle(URI.create(url), null, null);
    return ingestor.ingestArticles(List.of(article)).get(0);
  }

  /**
   * A URL of either kind, fetched once: a feed has all its items ingested, a page its article.
   *
   * @param progress told how many of the feed's items are done
   */
  public List<IngestResult> ingestUrl(String url, IntConsumer progress) {
    URI uri = URI.create(url);
    Fetched fetched = fetcher.feed(uri, null, null);
    if (looksLikeFeed(fetched)) {
      FeedReader.Feed feed = FeedReader.read(fetched.body());
      List<IngestResult> results = new ArrayList<>();
      for (int i = 0; i < feed.items().size(); i++) {
        results.add(ingestItem(i, feed.items().get(i), feed.title(), fetched.uri()));
        progress.accept(i + 1);
      }
      return results;
    }
    return List.of(ingestPage(url));
  }

  private static boolean looksLikeFeed(Fetched fetched) {
    String type = fetched.contentType().toLowerCase(Locale.ROOT);
    if (type.contains("rss") || type.contains("atom")) {
      return true;
    }
    String head = new String(fetched.body(), 0, Math.min(fetched.body().length, 500), StandardCharsets.UTF_8);
    return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:RDF");
  }

  /** What one poll of a feed brought back. */
  public record FeedPoll(String feedTitle, boolean notModified, String etag, String lastModified, List<IngestResult> results) {}

  /**
   * Polls a feed with the validators of the last poll; a 304 costs nothing else.
   *
   * @param progress told how many items are done, as they are
   * @throws FetchException or IllegalArgumentException when the feed itself can't be had or read
   */
  public FeedPoll pollFeed(FeedSource source, String etag, String lastModified, IntConsumer progress) {
    Fetched fetched = fetcher.feed(URI.create(source.url()), etag, lastModified);
    if (fetched.notModified()) {
      return new FeedPoll(null, true, etag, lastModified, List.of());
    }
    FeedReader.Feed feed = FeedReader.read(fetched.body());
    String sourceName = source.sourceName() != null ? source.sourceName() : feed.title();
    List<IngestResult> results = new ArrayList<>();
    for (int i = 0; i < feed.items().size(); i++) {
      results.add(ingestItem(i, feed.items().get(i), sourceName, fetched.uri()));
      progress.accept(i + 1);
    }
    return new FeedPoll(feed.title(), false, fetched.etag(), fetched.lastModified(), results);
  }

  private IngestResult ingestItem(int position, FeedItem item, String sourceName, URI feedUri) {
    try {
      if (item.link() == null && item.content().isBlank()) {
        return IngestResult.refused(position, "the item has neither a link nor text");
      }
      String link = item.link() == null ? null : feedUri.resolve(item.link()).toString();
      Article known = link == null ? null : index.articleByUrl(link).orElse(null);
      if (known != null && (item.updated() == null || known.updatedAt() == null || !item.updated().isAfter(known.updatedAt()))
          && PassageSplitter.wordCount(item.content()) < FULL_TEXT_WORDS) {
        return IngestResult.stored(position, known, 0, IngestResult.UNCHANGED, null);
      }
      String published = item.published() != null ? item.published().toString()
          : item.updated() != null ? item.updated().toString() : null;
      Article article;
      if (PassageSplitter.wordCount(item.content()) >= FULL_TEXT_WORDS || link == null) {
        article = ArticleParser.parse(new ArticleInput(null, item.title(), item.content(), link, sourceName, item.author(), published));
      } else {
        article = pageArticle(URI.create(link), item, sourceName);
      }
      return ingestor.ingest(List.of(ParsedArticle.ok(position, article))).get(0);
    } catch (FetchException e) {
      return IngestResult.unreachable(position, e.getMessage());
    } catch (InvalidArticleException | IllegalArgumentException e) {
      return IngestResult.refused(position, (item.link() == null ? "item " + position : item.link()) + ": " + e.getMessage());
    }
  }

  /** The article of a page; what the page lacks, the feed item (if any) fills in. */
  private Article pageArticle(URI uri, FeedItem item, String sourceName) {
    Fetched page = fetcher.page(uri);
    String type = page.contentType().toLowerCase(Locale.ROOT);
    if (!type.isEmpty() && !type.contains("html")) {
      throw new FetchException(uri + " is " + page.contentType() + ", not a web page");
    }
    ArticleInput found = HtmlArticleExtractor.extract(new String(page.body(), charset(type)), page.uri().toString());
    if (found.body() == null || found.body().isBlank()) {
      throw new FetchException("no article text found on " + uri);
    }
    ArticleInput merged = new ArticleInput(null,
        found.title() != null ? found.title() : item == null ? null : item.title(),
        found.body(),
        found.url(),
        sourceName != null ? sourceName : found.source(),
        found.author() != null ? found.author() : item == null ? null : item.author(),
        found.publishedAt() != null ? found.publishedAt()
            : item != null && item.published() != null ? item.published().toString() : null);
    return ArticleParser.parse(merged);
  }

  private static Charset charset(String contentType) {
    Matcher m = CHARSET.matcher(contentType);
    try {
      return m.find() ? Charset.forName(m.group(1)) : StandardCharsets.UTF_8;
    } catch (IllegalArgumentException unknown) {
      return StandardCharsets.UTF_8;
    }
  }
}
