package dev.newsdesk.ingest.web;

import dev.newsdesk.config.NewsdeskConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Fetches web resources the way a well-behaved crawler does: a User-Agent naming the service, a
 * connect and a total timeout, a size cap (the download stops there), at most five redirects, and
 * one request at a time per host. Conditional GET when validators are given; robots.txt honoured
 * for pages (not for feeds, which sites publish to be polled).
 */
@ApplicationScoped
public class Fetcher {
  static final int MAX_REDIRECTS = 5;

  private final HttpClient client;
  private final String userAgent;
  private final Duration timeout;
  private final long maxBytes;
  private final Map<String, Semaphore> hosts = new ConcurrentHashMap<>();
  private final RobotsRules robots = new RobotsRules();

  public Fetcher(NewsdeskConfig config) {
    NewsdeskConfig.Fetch fetch = config.fetch();
    this.timeout = fetch.timeout();
    this.maxBytes = fetch.maxBytes();
    this.userAgent = fetch.userAgent();
    this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /** A page for an article: robots.txt must allow it. */
  public Fetched page(URI uri) {
    if (!robots.allows(uri, this::fetchRobots, userAgent)) {
      throw new FetchException("robots.txt of " + uri.getHost() + " disallows " + uri.getPath());
    }
    return get(uri, null, null);
  }

  /** A feed, with the validators of the last poll (either may be null). */
  public Fetched feed(URI uri, String etag, String lastModified) {
    return get(uri, etag, lastModified);
  }

  private String fetchRobots(URI robotsUri) {
    try {
      Fetched f = get(robotsUri, null, null);
      return f.status() == 200 ? new String(f.body(), java.nio.charset.StandardCharsets.UTF_8) : "";
    } catch (FetchException e) {
      return ""; // no robots.txt: everything is allowed
    }
  }

  Fetched get(URI start, String etag, String lastModified) {
    URI uri = start;
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      if (uri.getScheme() == null || !uri.getScheme().toLowerCase(Locale.ROOT).matches("https?")) {
        throw new FetchException("only http(s) URLs can be fetched: " + uri);
      }
      HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout)
          .header("User-Agent", userAgent)
          .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5");
      if (etag != null) {
        request.header("If-None-Match", etag);
      }
      if (lastModified != null) {
        request.header("If-Modified-Since", lastModified);
      }
      HttpResponse<InputStream> response = send(uri, request.GET().build());
      int status = response.statusCode();
      if (status >= 300 && status < 400 && status != 304) {
        String location = response.headers().firstValue("Location")
            .orElseThrow(() -> new FetchException("HTTP " + status + " without a Location from " + start));
        close(response);
        uri = uri.resolve(location);
        continue;
      }
      String type = response.headers().firstValue("Content-Type").orElse("");
      String newEtag = response.headers().firstValue("ETag").orElse(null);
      String newLastModified = response.headers().firstValue("Last-Modified").orElse(null);
      if (status == 304) {
        close(response);
        return new Fetched(uri, status, type, new byte[0], etag, lastModified, true);
      }
      if (status >= 400) {
        close(response);
        throw new FetchException("HTTP " + status + " from " + uri);
      }
      return new Fetched(uri, status, type, readCapped(response, uri), newEtag, newLastModified, false);
    }
    throw new FetchException("more than " + MAX_REDIRECTS + " redirects from " + start);
  }

  private HttpResponse<InputStream> send(URI uri, HttpRequest request) {
    Semaphore host = hosts.computeIfAbsent(uri.getHost() + ":" + uri.getPort(), h -> new Semaphore(1));
    try {
      host.acquire();
      try {
        return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      } finally {
        host.release();
      }
    } catch (HttpTimeoutException e) {
      throw new FetchException("timed out after " + timeout.toSeconds() + " s: " + uri);
    } catch (IOException e) {
      throw new FetchException("cannot fetch " + uri + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException("interrupted while fetching " + uri);
    }
  }

  private byte[] readCapped(HttpResponse<InputStream> response, URI uri) {
    long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
    if (declared > maxBytes) {
      close(response);
      throw new FetchException(uri + " is " + declared + " bytes; the limit is " + maxBytes);
    }
    try (InputStream in = response.body()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[16_384];
      long total = 0;
      for (int n; (n = in.read(buffer)) > 0; ) {
        total += n;
        if (total > maxBytes) {
          throw new FetchException(uri + " is larger than the limit of " + maxBytes + " bytes");
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new FetchException("reading " + uri + " failed: " + e.getMessage());
    }
  }

  private static void close(HttpResponse<InputStream> response) {
    try {
      response.body().close();
    } catch (IOException ignored) {
      // nothing to do
    }
  }
}
