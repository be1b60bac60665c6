package dev.newsdesk.retrieval;

import dev.newsdesk.api.ApiException;
import dev.newsdesk.index.PassageHit;
import dev.newsdesk.index.SearchFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/search}: retrieval alone, exactly as the chat does it for a question. */
@Path("/api/search")
@Tag(name = "Search")
public class SearchResource {
  static final int MAX_K = 100;
  private final HybridRetriever retriever;

  public SearchResource(HybridRetriever retriever) {
    this.retriever = retriever;
  }

  public record SearchResults(List<PassageHit> passages) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Find the passages Newsdesk would answer a question from")
  public SearchResults search(
      @QueryParam("q") String q,
      @QueryParam("k") String kText,
      @QueryParam("source") List<String> sources,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    if (q == null || q.isBlank()) {
      throw ApiException.badRequest("invalid_query", "q is required and must not be empty");
    }
    if (q.length() > 1000) {
      throw ApiException.badRequest("invalid_query", "q is longer than 1000 characters");
    }
    int k = parseK(kText);
    SearchFilter filter;
    try {
      filter = SearchFilter.parse(sources, from, to, null);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("invalid_filter", e.getMessage());
    }
    return new SearchResults(retriever.retrieve(q.strip(), filter, k));
  }

  private int parseK(String text) {
    if (text == null || text.isBlank()) {
      return retriever.defaultK();
    }
    try {
      int k = Integer.parseInt(text.strip());
      if (k >= 1 && k <= MAX_K) {
        return k;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw ApiException.badRequest("invalid_k", "k must be a whole number from 1 to " + MAX_K);
  }
}
