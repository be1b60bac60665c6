package dev.newsdesk.slack;

import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.util.SlackRequestParser;
import dev.newsdesk.api.ApiException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The Events API endpoints Slack calls: events (mentions, direct messages, the URL check), the
 * /ask slash command, and button clicks. Thin: Bolt verifies the signature and routes.
 */
@Path("/slack")
@Tag(name = "Slack")
@Consumes(MediaType.WILDCARD)
public class SlackResource {
  private final SlackBot bot;

  public SlackResource(SlackBot bot) {
    this.bot = bot;
  }

  /** Bolt routes by the request itself (JSON event, slash command form, button payload). */
  @POST
  @Path("/{endpoint: events|commands|interactivity}")
  @Operation(summary = "Slack: events (mentions, direct messages, URL check), the /ask command, button clicks")
  public Response handle(String body, @Context HttpHeaders headers, @Context UriInfo uri,
      @Context HttpServerRequest request) throws Exception {
    if (!bot.isEnabled()) {
      throw ApiException.notFound("the Slack bot is off: set NEWSDESK_SLACK_BOT_TOKEN and NEWSDESK_SLACK_SIGNING_SECRET");
    }
    Map<String, List<String>> headerMap = new HashMap<>(headers.getRequestHeaders());
    var parsed = SlackRequestParser.HttpRequest.builder()
        .requestUri(uri.getPath())
        .queryString(new HashMap<>(uri.getQueryParameters()))
        .headers(new RequestHeaders(headerMap))
        .requestBody(body == null ? "" : body)
        .remoteAddress(request.remoteAddress() == null ? null : request.remoteAddress().host())
        .build();
    com.slack.api.bolt.response.Response answer = bot.handle(parsed);
    Response.ResponseBuilder out = Response.status(answer.getStatusCode());
    if (answer.getContentType() != null) {
      out.type(answer.getContentType());
    }
    if (answer.getHeaders() != null) {
      answer.getHeaders().forEach((name, values) -> values.forEach(v -> out.header(name, v)));
    }
    return out.entity(answer.getBody() == null ? "" : answer.getBody()).build();
  }
}
