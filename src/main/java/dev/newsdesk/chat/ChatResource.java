package dev.newsdesk.chat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.api.ApiError;
import dev.newsdesk.api.ApiException;
import io.quarkus.logging.Log;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/chat}: questions in, cited answers out, whole or streamed as Server-Sent Events. */
@Path("/api/chat")
@Tag(name = "Chat")
@Consumes(MediaType.APPLICATION_JSON)
public class ChatResource {
  private final NewsChat chat;
  private final ObjectMapper json;

  public ChatResource(NewsChat chat, ObjectMapper json) {
    this.chat = chat;
    this.json = json;
  }

  @POST
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Answer a question with numbered citations")
  public ChatReply ask(ChatRequest request) {
    return chat.ask(request);
  }

  /**
   * Events: {@code token} ({"text": …}) as the answer is written, then {@code citations} (the
   * list), then {@code done} (the whole reply, as {@link #ask} returns it); {@code error} instead
   * when answering fails.
   */
  @POST
  @Path("/stream")
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @Operation(summary = "Answer a question, streaming the text as Server-Sent Events")
  public void stream(ChatRequest request, @Context SseEventSink sink, @Context Sse sse) {
    ChatRequest checked = chat.validate(request); // a bad request is a plain 400, before any event
    try (sink) {
      ChatReply reply = chat.ask(checked, piece -> send(sink, sse, "token", Map.of("text", piece)));
      send(sink, sse, "citations", reply.citations());
      send(sink, sse, "done", reply);
    } catch (ApiException e) {
      send(sink, sse, "error", new ApiError(e.error(), e.getMessage()));
    } catch (RuntimeException e) {
      Log.error("Streaming an answer failed", e);
      send(sink, sse, "error", new ApiError("internal_error", "the answer could not be completed; please try again"));
    }
  }

  private void send(SseEventSink sink, Sse sse, String name, Object data) {
    if (sink.isClosed()) {
      return;
    }
    try {
      sink.send(sse.newEventBuilder().name(name).data(json.writeValueAsString(data)).build())
          .toCompletableFuture().join();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
