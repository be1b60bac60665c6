package dev.newsdesk.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Stable article ids: the given one; else one derived from the URL (so the same page re-ingested
 * replaces itself); else one derived from the title and body.
 */
public final class ArticleIds {
  private static final Pattern TRACKING_PARAM =
      Pattern.compile("^(utm_[a-z]+|fbclid|gclid|mc_[a-z]+|ref|cmpid|ocid)=.*", Pattern.CASE_INSENSITIVE);
  private static final Pattern ALLOWED_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

  private ArticleIds() {}

  public static String of(String givenId, String url, String title, String body) {
    if (givenId != null && !givenId.isBlank()) {
      String id = givenId.strip();
      if (!ALLOWED_ID.matcher(id).matches()) {
        throw new InvalidArticleException(
            "id may hold only letters, digits, '.', '_', ':' and '-' (at most 128)");
      }
      return id;
    }
    if (url != null && !url.isBlank()) {
      return "u-" + hash(canonicalUrl(url));
    }
    return "c-" + hash(normalise(title) + "\n" + normalise(body));
  }

  /** Lower-cases scheme and host, drops the fragment, tracking parameters and a trailing slash. */
  public static String canonicalUrl(String url) {
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme() == null ? "https" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (scheme.equals("http")) {
        scheme = "https"; // the same story is often linked both ways
      }
      String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
      if (host.startsWith("www.")) {
        host = host.substring(4);
      }
      String path = uri.getRawPath() == null ? "" : uri.getRawPath();
      if (path.endsWith("/")) {
        path = path.substring(0, path.length() - 1);
      }
      StringBuilder query = new StringBuilder();
      if (uri.getRawQuery() != null) {
        for (String param : uri.getRawQuery().split("&")) {
          if (!param.isEmpty() && !TRACKING_PARAM.matcher(param).matches()) {
            query.append(query.length() == 0 ? "?" : "&").append(param);
          }
        }
      }
      return scheme + "://" + host + path + query;
    } catch (URISyntaxException e) {
      return url.strip();
    }
  }

  private static String normalise(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s+", " ");
  }

  private static String hash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 10);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
