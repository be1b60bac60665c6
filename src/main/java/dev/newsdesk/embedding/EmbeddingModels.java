package dev.newsdesk.embedding;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.newsdesk.config.NewsdeskConfig;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.Map;

/**
 * Produces the embedding model the service uses, by name. The default ships in the product; the
 * others are what the retrieval benchmark compared, available when their jar is on the class path
 * (the {@code benchmark-models} Maven profile adds them).
 */
@ApplicationScoped
public class EmbeddingModels {

  /** A LangChain4j in-process model: its class, and the instruction it wants before a query. */
  record Known(String className, String queryPrefix) {}

  static final Map<String, Known> KNOWN = Map.of(
      "bge-small-en-v1.5-q", new Known(
          "dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel",
          "Represent this sentence for searching relevant passages: "),
      "all-minilm-l6-v2-q", new Known(
          "dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel", ""),
      "e5-small-v2-q", new Known(
          "dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel", "query: "));

  @Produces
  @Singleton
  PassageEmbedder passageEmbedder(NewsdeskConfig config) {
    String name = config.embedding().model();
    Known known = KNOWN.get(name);
    if (known == null) {
      throw new IllegalArgumentException("newsdesk.embedding.model must be one of " + KNOWN.keySet() + ", not " + name);
    }
    EmbeddingModel model;
    try {
      model = (EmbeddingModel) Class.forName(known.className()).getConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("the embedding model " + name + " is not on the class path", e);
    }
    VectorCache cache = config.embedding().cacheDir()
        .map(dir -> new VectorCache(Path.of(dir).resolve(name + ".vectors"), model.dimension()))
        .orElse(null);
    if (cache != null) {
      Log.infof("Embedding with %s; %d vectors cached", name, cache.size());
    }
    return new PassageEmbedder(model, name, known.queryPrefix(), config.embedding().batchSize(), cache);
  }

  void close(@Disposes PassageEmbedder embedder) {
    embedder.close();
  }
}
