package dev.newsdesk.slack;

import dev.newsdesk.api.AdminGuard;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/admin/feedback}: readers' votes on answers, for the newsroom; admin only. */
@Path("/api/admin/feedback")
@Tag(name = "Admin")
public class FeedbackResource {
  private final FeedbackStore store;
  private final AdminGuard guard;

  public FeedbackResource(FeedbackStore store, AdminGuard guard) {
    this.store = store;
    this.guard = guard;
  }

  public record FeedbackList(int count, List<Feedback> feedback) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Votes on answers, with question, answer and citations")
  public FeedbackList list(@Context HttpServerRequest request) {
    guard.check(request);
    List<Feedback> all = store.all();
    return new FeedbackList(all.size(), all);
  }
}
