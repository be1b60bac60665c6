package dev.newsdesk.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for Slack's Web API: answers the methods the bot uses the way Slack does, and
 * records every call (method and parameters, form-encoded or JSON) for the test to inspect. It can
 * be told to rate-limit a method (HTTP 429 with Retry-After).
 */
public final class FakeSlack implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One recorded call. {@code params} are the form fields (blocks as their JSON text). */
  public record Call(String method, Map<String, String> params, int status) {
    public JsonNode blocks() {
      try {
        return JSON.readTree(params.getOrDefault("blocks", "[]"));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private final HttpServer server;
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final Map<String, Integer> rateLimited = new ConcurrentHashMap<>();
  private final AtomicInteger ts = new AtomicInteger(100);
  private volatile String socketUrl;

  public FakeSlack() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/api/", this::handle);
    server.setExecutor(Executors.newCachedThreadPool());
    server.start();
  }

  public String apiUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
  }

  public void socketModeUrl(String url) {
    this.socketUrl = url;
  }

  /** The next {@code times} calls of the method get HTTP 429 with Retry-After: 1. */
  public void rateLimit(String method, int times) {
    rateLimited.put(method, times);
  }

  public List<Call> calls() {
    return new ArrayList<>(calls);
  }

  public List<Call> calls(String method) {
    return calls.stream().filter(c -> c.method().equals(method) && c.status() == 200).toList();
  }

  public void clear() {
    calls.clear();
    rateLimited.clear();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestURI().getPath().substring("/api/".length());
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Map<String, String> params = parse(body, exchange.getRequestHeaders().getFirst("Content-Type"));
      int left = rateLimited.getOrDefault(method, 0);
      if (left > 0) {
        rateLimited.put(method, left - 1);
        calls.add(new Call(method, params, 429));
        exchange.getResponseHeaders().add("Retry-After", "1");
        send(exchange, 429, "{\"ok\":false,\"error\":\"ratelimited\"}");
        return;
      }
      calls.add(new Call(method, params, 200));
      String next = "1700000000.000" + ts.incrementAndGet();
      String reply = switch (method) {
        case "auth.test" -> "{\"ok\":true,\"url\":\"https://test.slack.com/\",\"team\":\"Test\",\"user\":\"newsdesk\","
            + "\"team_id\":\"T1\",\"user_id\":\"UBOT\",\"bot_id\":\"BBOT\"}";
        case "chat.postMessage" -> "{\"ok\":true,\"channel\":\"" + params.get("channel") + "\",\"ts\":\"" + next + "\"}";
        case "chat.update" -> "{\"ok\":true,\"channel\":\"" + params.get("channel") + "\",\"ts\":\"" + params.get("ts") + "\"}";
        case "chat.postEphemeral" -> "{\"ok\":true,\"message_ts\":\"" + next + "\"}";
        case "apps.connections.open" -> "{\"ok\":true,\"url\":\"" + socketUrl + "\"}";
        default -> "{\"ok\":false,\"error\":\"unknown_method\"}";
      };
      send(exchange, 200, reply);
    }
  }

  private static Map<String, String> parse(String body, String type) throws IOException {
    Map<String, String> params = new HashMap<>();
    if (type != null && type.contains("json")) {
      JSON.readTree(body).fields().forEachRemaining(e ->
          params.put(e.getKey(), e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString()));
      return params;
    }
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return params;
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
