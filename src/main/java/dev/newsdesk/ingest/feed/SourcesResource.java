package dev.newsdesk.ingest.feed;

import dev.newsdesk.api.AdminGuard;
import dev.newsdesk.index.IndexStats;
import dev.newsdesk.index.PassageIndex;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Where the archive's articles come from, and how much it holds. */
@Path("/api")
@Tag(name = "Sources")
@Produces(MediaType.APPLICATION_JSON)
public class SourcesResource {
  private final FeedPoller feeds;
  private final PassageIndex index;
  private final AdminGuard guard;

  public SourcesResource(FeedPoller feeds, PassageIndex index, AdminGuard guard) {
    this.feeds = feeds;
    this.index = index;
    this.guard = guard;
  }

  public record Sources(List<FeedStatus> feeds) {}

  @GET
  @Path("/sources")
  @Operation(summary = "Each feed with its last poll, last success, item counts and last error")
  public Sources sources() {
    return new Sources(feeds.statuses());
  }

  @POST
  @Path("/sources/poll")
  @Operation(summary = "Poll every feed now")
  public Sources pollNow(@Context HttpServerRequest request) {
    guard.check(request);
    return new Sources(feeds.pollAll());
  }

  @GET
  @Path("/stats")
  @Operation(summary = "Articles, passages, story clusters and index size")
  public IndexStats stats() {
    return index.stats();
  }
}
