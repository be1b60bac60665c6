package dev.newsdesk.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.newsdesk.api.AdminGuard;
import dev.newsdesk.api.ApiException;
import dev.newsdesk.index.PassageIndex;
import dev.newsdesk.ingest.feed.WebIngestor;
import dev.newsdesk.ingest.web.FetchException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/articles}: add articles (one JSON object, a JSON array, JSON Lines, or a plain-text
 * story), read one, delete one. Writes are guarded by {@link AdminGuard}.
 */
@Path("/api/articles")
@Tag(name = "Articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {
  private final ArticleIngestor ingestor;
  private final PassageIndex index;
  private final AdminGuard guard;
  private final WebIngestor web;

  public ArticleResource(ArticleIngestor ingestor, PassageIndex index, AdminGuard guard, WebIngestor web) {
    this.ingestor = ingestor;
    this.web = web;
    this.index = index;
    this.guard = guard;
  }

  /** What became of a batch: one result per item, in order. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record IngestReport(String error, String detail, int stored, int refused, List<IngestResult> results) {}

  @POST
  @Consumes({MediaType.APPLICATION_JSON, "application/x-ndjson", "application/jsonl", MediaType.TEXT_PLAIN})
  @Operation(summary = "Add or replace articles: a JSON object, a JSON array, JSON Lines, or plain text")
  public Response add(String body, @HeaderParam("Content-Type") String contentType, @Context HttpServerRequest request) {
    guard.check(request);
    if (body == null || body.isBlank()) {
      throw ApiException.badRequest("malformed_body", "the body is empty");
    }
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    List<ParsedArticle> batch;
    if (type.startsWith("text/plain")) {
      batch = ArticleReader.readPlainText(body, null);
    } else if (type.contains("ndjson") || type.contains("jsonl")) {
      batch = ArticleReader.readJsonLines(body);
    } else {
      batch = ArticleReader.readJson(body);
    }
    List<IngestResult> results = ingestor.ingest(batch);
    int stored = (int) results.stream().filter(IngestResult::isStored).count();
    int refused = results.size() - stored;
    if (stored == 0) {
      IngestResult first = results.get(0);
      return Response.status(400)
          .entity(new IngestReport(first.error(), first.detail(), 0, refused, results)).build();
    }
    return Response.status(refused == 0 ? 201 : 200).entity(new IngestReport(null, null, stored, refused, results)).build();
  }

  public record FetchRequest(String url) {}

  @POST
  @Path("/fetch")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Fetch a web page (robots.txt honoured) and store its article")
  public Response fetch(FetchRequest body, @Context HttpServerRequest request) {
    guard.check(request);
    if (body == null || body.url() == null || !body.url().strip().matches("(?i)https?://\\S+")) {
      throw ApiException.badRequest("invalid_url", "send {\"url\": \"https://…\"}");
    }
    IngestResult result;
    try {
      result = web.ingestPage(body.url().strip());
    } catch (FetchException e) {
      throw new ApiException(422, "fetch_failed", e.getMessage());
    } catch (InvalidArticleException e) {
      throw new ApiException(422, "invalid_article", "the page holds no usable article: " + e.getMessage());
    }
    return Response.status(result.isStored() ? 201 : 422).entity(result).build();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "Read a stored article")
  public Article get(@PathParam("id") String id) {
    return index.article(id).orElseThrow(() -> ApiException.notFound("no article with id '" + id + "'"));
  }

  @DELETE
  @Path("/{id}")
  @Operation(summary = "Delete an article and its passages")
  public Response delete(@PathParam("id") String id, @Context HttpServerRequest request) {
    guard.check(request);
    if (!index.deleteArticle(id)) {
      throw ApiException.notFound("no article with id '" + id + "'");
    }
    return Response.noContent().build();
  }
}
