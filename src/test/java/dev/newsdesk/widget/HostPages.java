package dev.newsdesk.widget;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A news site of our own, on another origin than Newsdesk: serves the pages of
 * {@code widget-pages/}, filling {@code {{NAME}}} from the query string (the Newsdesk URL, say).
 * It listens on every loopback address, so 127.0.0.1 and 127.0.0.2 are two different origins.
 */
final class HostPages implements AutoCloseable {
  private final HttpServer server;

  HostPages() throws IOException {
    server = HttpServer.create(new InetSocketAddress(0), 0);
    server.createContext("/", exchange -> {
      try (exchange) {
        String name = exchange.getRequestURI().getPath().substring(1);
        InputStream in = HostPages.class.getResourceAsStream("/widget-pages/" + name);
        if (in == null || name.contains("..")) {
          exchange.sendResponseHeaders(404, -1);
          return;
        }
        String page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        for (var e : query(exchange.getRequestURI().getRawQuery()).entrySet()) {
          page = page.replace("{{" + e.getKey().toUpperCase() + "}}", e.getValue());
        }
        byte[] body = page.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
      }
    });
    server.start();
  }

  /** The URL of a page as served from {@code host} (an address such as 127.0.0.1). */
  String url(String host, String page, String newsdesk, String... more) {
    StringBuilder url = new StringBuilder("http://" + host + ":" + server.getAddress().getPort() + "/" + page
        + "?newsdesk=" + newsdesk);
    for (int i = 0; i + 1 < more.length; i += 2) {
      url.append('&').append(more[i]).append('=').append(more[i + 1]);
    }
    return url.toString();
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> out = new HashMap<>();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          out.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
    }
    return out;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
