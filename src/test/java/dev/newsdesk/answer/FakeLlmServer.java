package dev.newsdesk.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A local HTTP server that speaks an LLM vendor's wire protocol: OpenAI chat completions (plain and
 * SSE streaming) or Ollama's /api/chat (plain and NDJSON streaming). It records every request body
 * and answers with the reply the test scripted, split into small pieces when streaming.
 */
public final class FakeLlmServer implements AutoCloseable {
  public enum Protocol { OPENAI, OLLAMA }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Protocol protocol;
  private final HttpServer server;
  private final List<JsonNode> requests = new CopyOnWriteArrayList<>();
  private final Deque<String> replies = new ConcurrentLinkedDeque<>(List.of("I don't know."));
  private volatile int failuresLeft;
  private volatile int failureStatus = 500;
  private volatile long delayMillis;

  public FakeLlmServer(Protocol protocol) throws IOException {
    this.protocol = protocol;
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(protocol == Protocol.OPENAI ? "/v1/chat/completions" : "/api/chat", this::handle);
    server.setExecutor(Executors.newCachedThreadPool());
    server.start();
  }

  public String baseUrl() {
    String root = "http://127.0.0.1:" + server.getAddress().getPort();
    return protocol == Protocol.OPENAI ? root + "/v1" : root;
  }

  /** The next requests get these replies in turn; the last one is repeated. Resets failures and delay. */
  public void reply(String... texts) {
    replies.clear();
    replies.addAll(List.of(texts));
    this.failuresLeft = 0;
    this.delayMillis = 0;
    requests.clear();
  }

  private String nextReply() {
    return replies.size() > 1 ? replies.poll() : replies.peek();
  }

  /** The next {@code times} requests fail with this HTTP status. */
  public void fail(int status, int times) {
    this.failureStatus = status;
    this.failuresLeft = times;
  }

  /** Every reply waits this long first. */
  public void delay(long millis) {
    this.delayMillis = millis;
  }

  public List<JsonNode> requests() {
    return new ArrayList<>(requests);
  }

  public void clear() {
    requests.clear();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      JsonNode request = JSON.readTree(exchange.getRequestBody());
      requests.add(request);
      if (delayMillis > 0) {
        Thread.sleep(delayMillis);
      }
      if (failuresLeft > 0) {
        failuresLeft--;
        send(exchange, failureStatus, "application/json", "{\"error\":{\"message\":\"scripted failure\"}}");
        return;
      }
      boolean stream = request.path("stream").asBoolean(protocol == Protocol.OLLAMA);
      String reply = nextReply();
      if (protocol == Protocol.OPENAI) {
        if (stream) {
          openAiStream(exchange, request.path("model").asText(), reply);
        } else {
          send(exchange, 200, "application/json", openAiCompletion(request.path("model").asText(), reply));
        }
      } else if (stream) {
        ollamaStream(exchange, request.path("model").asText(), reply);
      } else {
        send(exchange, 200, "application/json", ollamaMessage(request.path("model").asText(), reply, true));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // the client went away (a timeout); nothing to answer
    }
  }

  private static String openAiCompletion(String model, String reply) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("id", "chatcmpl-test").put("object", "chat.completion").put("created", 1_700_000_000).put("model", model);
    ObjectNode choice = root.putArray("choices").addObject();
    choice.put("index", 0).put("finish_reason", "stop");
    choice.putObject("message").put("role", "assistant").put("content", reply);
    root.putObject("usage").put("prompt_tokens", 10).put("completion_tokens", 5).put("total_tokens", 15);
    return JSON.writeValueAsString(root);
  }

  private static void openAiStream(HttpExchange exchange, String model, String reply) throws IOException {
    exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
    exchange.sendResponseHeaders(200, 0);
    OutputStream out = exchange.getResponseBody();
    for (String piece : pieces(reply)) {
      out.write(("data: " + openAiChunk(model, piece, null) + "\n\n").getBytes(StandardCharsets.UTF_8));
      out.flush();
    }
    out.write(("data: " + openAiChunk(model, null, "stop") + "\n\n").getBytes(StandardCharsets.UTF_8));
    out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private static String openAiChunk(String model, String content, String finish) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("id", "chatcmpl-test").put("object", "chat.completion.chunk").put("created", 1_700_000_000).put("model", model);
    ObjectNode choice = root.putArray("choices").addObject();
    choice.put("index", 0);
    ObjectNode delta = choice.putObject("delta");
    if (content != null) {
      delta.put("content", content);
    }
    if (finish == null) {
      choice.putNull("finish_reason");
    } else {
      choice.put("finish_reason", finish);
    }
    return JSON.writeValueAsString(root);
  }

  private static void ollamaStream(HttpExchange exchange, String model, String reply) throws IOException {
    exchange.getResponseHeaders().add("Content-Type", "application/x-ndjson");
    exchange.sendResponseHeaders(200, 0);
    OutputStream out = exchange.getResponseBody();
    for (String piece : pieces(reply)) {
      out.write((ollamaMessage(model, piece, false) + "\n").getBytes(StandardCharsets.UTF_8));
      out.flush();
    }
    out.write((ollamaMessage(model, "", true) + "\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private static String ollamaMessage(String model, String content, boolean done) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("model", model).put("created_at", "2024-08-16T00:00:00Z");
    root.putObject("message").put("role", "assistant").put("content", content);
    root.put("done", done);
    if (done) {
      root.put("done_reason", "stop").put("prompt_eval_count", 10).put("eval_count", 5);
    }
    return JSON.writeValueAsString(root);
  }

  /** Pieces of about four characters, so markers get split across pieces as real streams do. */
  private static List<String> pieces(String text) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < text.length(); i += 4) {
      out.add(text.substring(i, Math.min(text.length(), i + 4)));
    }
    return out;
  }

  private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
