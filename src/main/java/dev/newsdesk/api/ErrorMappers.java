package dev.newsdesk.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.newsdesk.ingest.InvalidArticleException;
import dev.newsdesk.ingest.MalformedBatchException;
import io.quarkus.logging.Log;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure into a JSON {@link ApiError}; nothing leaks a stack trace to a client. */
public class ErrorMappers {

  @ServerExceptionMapper
  public Response api(ApiException e) {
    return json(e.status(), e.error(), e.getMessage());
  }

  @ServerExceptionMapper
  public Response invalidArticle(InvalidArticleException e) {
    return json(400, "invalid_article", e.getMessage());
  }

  @ServerExceptionMapper
  public Response malformedBatch(MalformedBatchException e) {
    return json(400, "malformed_body", e.getMessage());
  }

  @ServerExceptionMapper
  public Response malformedJson(JsonProcessingException e) {
    return json(400, "malformed_json", "the body is not valid JSON: " + e.getOriginalMessage());
  }

  @ServerExceptionMapper
  public Response web(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    if (e.getCause() instanceof JsonProcessingException json) {
      return malformedJson(json);
    }
    String code = Response.Status.fromStatusCode(status) == null
        ? "http_" + status
        : Response.Status.fromStatusCode(status).name().toLowerCase(Locale.ROOT);
    String detail = status == 400 ? "the request body could not be read as JSON of the expected shape" : e.getMessage();
    Response mapped = json(status, code, detail);
    // Keep headers such as Retry-After or Allow.
    e.getResponse().getHeaders().forEach((name, values) -> {
      if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
        values.forEach(v -> mapped.getHeaders().add(name, v));
      }
    });
    return mapped;
  }

  @ServerExceptionMapper(priority = 10_000)
  public Response unexpected(Throwable e) {
    Log.error("Unexpected failure", e);
    return json(500, "internal_error", "something went wrong on our side; it has been logged");
  }

  static Response json(int status, String error, String detail) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ApiError(error, detail)).build();
  }
}
