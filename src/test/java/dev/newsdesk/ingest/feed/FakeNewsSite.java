package dev.newsdesk.ingest.feed;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A news site on localhost: RSS and Atom feeds (with ETag / conditional GET), an article page, two
 * outlets running the same wire story, and sources that fail in every way a real one does —
 * malformed XML, a server error, a timeout, a page far too large.
 */
final class FakeNewsSite implements AutoCloseable {
  /** A request the site received: path and the conditional header sent with it. */
  record Hit(String path, String ifNoneMatch) {}

  static final String WIRE_STORY = "The Quorvex town council voted on Monday to build a tidal barrier across the estuary, "
      + "ending a decade of argument over how to protect the old harbour from winter storms.\n"
      + "The barrier will cost 40 million euros and take four years to build, the council said in a statement "
      + "after a meeting that ran late into the evening.\n"
      + "Fishermen had opposed earlier plans, saying a closed estuary would ruin the spawning grounds, but the new "
      + "design leaves a channel open except during storm tides.\n"
      + "Engineers from the regional water board will oversee the works, which are due to begin next spring once "
      + "the last permits are granted by the national government.\n"
      + "Residents of the low-lying streets near the quay, flooded three times in the past five years, welcomed "
      + "the decision and said they hoped insurance premiums would now fall.";

  private final HttpServer server;
  final List<Hit> hits = new CopyOnWriteArrayList<>();
  private final Map<String, String> pages = new ConcurrentHashMap<>();
  volatile String rssEtag = "\"v1\"";
  volatile String harbourPubDate = "Sun, 02 Mar 2025 09:00:00 GMT";

  FakeNewsSite() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(Executors.newCachedThreadPool());
    server.start();
    pages.put("/stories/harbour.html", resource("/web/story.html"));
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  void setHarbourPage(String html) {
    pages.put("/stories/harbour.html", html);
  }

  static String harbourPage() {
    return resource("/web/story.html");
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
      hits.add(new Hit(path, ifNoneMatch));
      switch (path) {
        case "/robots.txt" -> send(exchange, 200, "text/plain", "User-agent: *\nDisallow: /private/\n");
        case "/rss.xml" -> {
          if (rssEtag.equals(ifNoneMatch)) {
            exchange.sendResponseHeaders(304, -1);
            return;
          }
          exchange.getResponseHeaders().add("ETag", rssEtag);
          send(exchange, 200, "application/rss+xml", rss());
        }
        case "/atom.xml" -> send(exchange, 200, "application/atom+xml", atom());
        case "/copy-a.xml" -> send(exchange, 200, "application/rss+xml",
            wireFeed("Outlet A", "/a/barrier", "Sat, 01 Mar 2025 08:00:00 GMT", WIRE_STORY));
        case "/copy-b.xml" -> send(exchange, 200, "application/rss+xml",
            wireFeed("Outlet B", "/b/quorvex-barrier", "Sat, 01 Mar 2025 15:00:00 GMT",
                "QUORVEX — " + WIRE_STORY.replace("said in a statement", "announced") + "\nMore updates to follow."));
        case "/broken.xml" -> send(exchange, 200, "application/rss+xml", "<rss><channel><title>Broken</title><item>");
        case "/error.xml" -> send(exchange, 500, "text/plain", "internal error");
        case "/slow.xml" -> {
          sleep(3000);
          send(exchange, 200, "application/rss+xml", rss());
        }
        case "/big-feed.xml" -> send(exchange, 200, "application/rss+xml", rssWith("Big Site",
            item("A page far too large", url("/big.html"), "Sun, 02 Mar 2025 10:00:00 GMT", "A short summary.")));
        case "/big.html" -> send(exchange, 200, "text/html", "<html><body><p>" + "x".repeat(400_000) + "</p></body></html>");
        default -> {
          String page = pages.get(path);
          if (page == null) {
            send(exchange, 404, "text/plain", "not found");
          } else {
            send(exchange, 200, "text/html; charset=utf-8", page);
          }
        }
      }
    }
  }

  private String rss() {
    return rssWith("The Coast Gazette",
        item("Ferry line to reopen", url("/stories/ferry"), "Sat, 01 Mar 2025 12:00:00 GMT",
            "<p>" + "The ferry line to the outer islands will reopen in May after two years, the harbour office said. ".repeat(12) + "</p>"),
        item("Harbour town elects first mayor", url("/stories/harbour.html"), harbourPubDate, "Zellowmere has a mayor."));
  }

  private String atom() {
    return """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Island Weekly</title>
          <id>urn:island-weekly</id>
          <updated>2025-03-03T10:00:00Z</updated>
          <entry>
            <title>Lighthouse gets a new keeper</title>
            <link href="%s"/>
            <id>urn:island-weekly:1</id>
            <updated>2025-03-03T10:00:00Z</updated>
            <published>2025-03-03T09:00:00Z</published>
            <author><name>Iris Moss</name></author>
            <content type="html">&lt;p&gt;%s&lt;/p&gt;</content>
          </entry>
        </feed>
        """.formatted(url("/stories/lighthouse"),
        "Petra Vollind became the keeper of the Skerry lighthouse on Monday, the first woman in the post in its long history. ".repeat(8));
  }

  private String wireFeed(String outlet, String path, String date, String story) {
    return rssWith(outlet, item("Quorvex approves tidal barrier", url(path), date,
        "<p>" + story.replace("\n", "</p><p>") + "</p>"));
  }

  private static String rssWith(String title, String... items) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>" + title
        + "</title><link>https://example.com</link><description>News</description>" + String.join("", items)
        + "</channel></rss>";
  }

  private static String item(String title, String link, String date, String html) {
    return "<item><title>" + title + "</title><link>" + link + "</link><pubDate>" + date + "</pubDate>"
        + "<description><![CDATA[" + html + "]]></description></item>";
  }

  private static String resource(String name) {
    try (InputStream in = FakeNewsSite.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
