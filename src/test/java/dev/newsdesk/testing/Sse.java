package dev.newsdesk.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Reads a Server-Sent Events response the way a browser's parser does. */
public final class Sse {
  public record Event(String name, String data) {}

  public record Response(int status, String contentType, List<Event> events, String rawBody) {
    public List<Event> named(String name) {
      return events.stream().filter(e -> e.name().equals(name)).toList();
    }
  }

  private Sse() {}

  public static Response post(String url, String json) throws IOException, InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest request = HttpRequest.newBuilder(URI.create(url))
        .timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/json")
        .header("Accept", "text/event-stream")
        .POST(HttpRequest.BodyPublishers.ofString(json))
        .build();
    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
    return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
        parse(response.body()), response.body());
  }

  static List<Event> parse(String body) {
    List<Event> events = new ArrayList<>();
    String name = "message";
    StringBuilder data = null;
    for (String line : body.split("\r?\n", -1)) {
      if (line.isEmpty()) {
        if (data != null) {
          events.add(new Event(name, data.toString()));
        }
        name = "message";
        data = null;
      } else if (line.startsWith("event:")) {
        name = line.substring(6).strip();
      } else if (line.startsWith("data:")) {
        String value = line.substring(5);
        value = value.startsWith(" ") ? value.substring(1) : value;
        data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
      }
    }
    return events;
  }
}
