package dev.newsdesk.embedding;

import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Produces the embedding model the service uses. */
@ApplicationScoped
public class EmbeddingModels {
  /** BGE v1.5 expects this instruction in front of short retrieval queries. */
  static final String BGE_QUERY_PREFIX = "Represent this sentence for searching relevant passages: ";

  @Produces
  @Singleton
  PassageEmbedder passageEmbedder() {
    return new PassageEmbedder(
        new BgeSmallEnV15QuantizedEmbeddingModel(), "bge-small-en-v1.5-q", BGE_QUERY_PREFIX, 32);
  }
}
