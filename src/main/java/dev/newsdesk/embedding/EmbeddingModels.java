package dev.newsdesk.embedding;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
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

  /** A model shipped in a LangChain4j jar: its files, pooling, size, and the query instruction it wants. */
  record Known(String model, String tokenizer, PoolingMode pooling, int dimension, String queryPrefix) {}

  static final Map<String, Known> KNOWN = Map.of(
      "bge-small-en-v1.5-q", new Known("bge-small-en-v1.5-q.onnx", "bge-small-en-v1.5-q-tokenizer.json",
          PoolingMode.CLS, 384, "Represent this sentence for searching relevant passages: "),
      "all-minilm-l6-v2-q", new Known("all-minilm-l6-v2-q.onnx", "all-minilm-l6-v2-q-tokenizer.json",
          PoolingMode.MEAN, 384, ""),
      "e5-small-v2-q", new Known("e5-small-v2-q.onnx", "e5-small-v2-q-tokenizer.json",
          PoolingMode.MEAN, 384, "query: "));

  @Produces
  @Singleton
  PassageEmbedder passageEmbedder(NewsdeskConfig config) {
    String name = config.embedding().model();
    Known known = KNOWN.get(name);
    if (known == null) {
      throw new IllegalArgumentException("newsdesk.embedding.model must be one of " + KNOWN.keySet() + ", not " + name);
    }
    if (!OnnxEmbeddingModel.isAvailable(known.model())) {
      throw new IllegalStateException("the embedding model " + name + " is not on the class path "
          + "(models other than the default come with the benchmark-models Maven profile)");
    }
    EmbeddingModel model = new OnnxEmbeddingModel(known.model(), known.tokenizer(), known.pooling(), known.dimension());
    VectorCache cache = config.embedding().cacheDir()
        .map(dir -> new VectorCache(Path.of(dir).resolve(name + ".vectors"), known.dimension()))
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
