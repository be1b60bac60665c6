package dev.newsdesk.widget;

import dev.newsdesk.api.ApiError;
import dev.newsdesk.config.NewsdeskConfig;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Guards the read API for browsers. A request from another origin (the widget on a news site) is
 * served only when that origin is allowed — the service's own, localhost, or one listed in
 * {@code NEWSDESK_WIDGET_ALLOWED_ORIGINS} — and gets the CORS headers it needs; any other is refused
 * with 403. Chat requests are limited per client and minute, answered 429 with Retry-After.
 */
@ApplicationScoped
public class BrowserAccessFilter {
  private static final Pattern LOCALHOST = Pattern.compile("^https?://(localhost|127\\.0\\.0\\.1|\\[::1\\])(:\\d+)?$");

  private final Set<String> allowed;
  private final boolean anyOrigin;
  private final RateLimiter limiter;

  public BrowserAccessFilter(NewsdeskConfig config) {
    List<String> listed = config.widget().allowedOrigins().orElse(List.of());
    this.anyOrigin = listed.stream().anyMatch(o -> o.strip().equals("*"));
    this.allowed = listed.stream().map(BrowserAccessFilter::normalise).collect(Collectors.toSet());
    this.limiter = new RateLimiter(config.widget().rateLimit(), System::currentTimeMillis);
  }

  void register(@Observes Filters filters) {
    filters.register(this::filter, 100);
  }

  void filter(RoutingContext rc) {
    String path = rc.normalizedPath();
    boolean chat = path.startsWith("/api/chat");
    if (!chat && !path.startsWith("/api/search")) {
      rc.next();
      return;
    }
    HttpServerRequest request = rc.request();
    String origin = request.getHeader(HttpHeaders.ORIGIN);
    if (origin != null && !isSameOrigin(origin, request)) {
      if (!isAllowed(origin)) {
        refuse(rc, 403, new ApiError("origin_not_allowed",
            "pages on " + origin + " may not call this API; add the origin to NEWSDESK_WIDGET_ALLOWED_ORIGINS"));
        return;
      }
      rc.response().putHeader("Access-Control-Allow-Origin", origin)
          .putHeader(HttpHeaders.VARY, "Origin")
          .putHeader("Access-Control-Expose-Headers", "Retry-After");
      if (request.method() == HttpMethod.OPTIONS) {
        rc.response().putHeader("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
            .putHeader("Access-Control-Allow-Headers", "Content-Type, Accept")
            .putHeader("Access-Control-Max-Age", "600")
            .setStatusCode(204).end();
        return;
      }
    }
    if (chat && request.method() == HttpMethod.POST) {
      long wait = limiter.acquire(clientOf(request));
      if (wait > 0) {
        rc.response().putHeader("Retry-After", String.valueOf(wait));
        refuse(rc, 429, new ApiError("rate_limited",
            "too many questions from this client; try again in " + wait + " s"));
        return;
      }
    }
    rc.next();
  }

  private boolean isAllowed(String origin) {
    String o = normalise(origin);
    return anyOrigin || allowed.contains(o) || LOCALHOST.matcher(o).matches();
  }

  private static boolean isSameOrigin(String origin, HttpServerRequest request) {
    String host = request.getHeader(HttpHeaders.HOST);
    if (host == null) {
      return false;
    }
    try {
      URI uri = URI.create(origin);
      String originHost = uri.getHost() + (uri.getPort() >= 0 ? ":" + uri.getPort() : "");
      return originHost.equalsIgnoreCase(host) && uri.getScheme().equalsIgnoreCase(request.scheme());
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String clientOf(HttpServerRequest request) {
    return request.remoteAddress() == null ? "unknown" : request.remoteAddress().host();
  }

  private static String normalise(String origin) {
    String o = origin.strip().toLowerCase(Locale.ROOT);
    return o.endsWith("/") ? o.substring(0, o.length() - 1) : o;
  }

  private static void refuse(RoutingContext rc, int status, ApiError error) {
    rc.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
        .end(Json.encode(error));
  }
}
