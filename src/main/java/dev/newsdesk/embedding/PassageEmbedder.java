package dev.newsdesk.embedding;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Embeds passages and questions with one in-process model. Passages go in batches, which the model
 * spreads over the cores; a question is embedded on the calling thread. With a {@link VectorCache},
 * text embedded before is not embedded again.
 */
public class PassageEmbedder implements AutoCloseable {
  private final EmbeddingModel model;
  private final String name;
  private final String queryPrefix;
  private final int batchSize;
  private final VectorCache cache;

  /**
   * @param name recorded in the index; when it changes, the index is rebuilt
   * @param queryPrefix instruction some models want in front of a search query (may be empty)
   * @param cache may be null
   */
  PassageEmbedder(EmbeddingModel model, String name, String queryPrefix, int batchSize, VectorCache cache) {
    this.model = model;
    this.name = name;
    this.queryPrefix = queryPrefix;
    this.batchSize = batchSize;
    this.cache = cache;
  }

  public String name() {
    return name;
  }

  public List<float[]> embedPassages(List<String> texts) {
    float[][] vectors = new float[texts.size()][];
    List<Integer> missing = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      vectors[i] = cache == null ? null : cache.get(texts.get(i));
      if (vectors[i] == null) {
        missing.add(i);
      }
    }
    for (int from = 0; from < missing.size(); from += batchSize) {
      List<Integer> batch = missing.subList(from, Math.min(missing.size(), from + batchSize));
      List<TextSegment> segments = batch.stream().map(i -> TextSegment.from(texts.get(i))).toList();
      var embeddings = model.embedAll(segments).content();
      for (int j = 0; j < batch.size(); j++) {
        float[] v = embeddings.get(j).vector();
        vectors[batch.get(j)] = v;
        if (cache != null) {
          cache.put(texts.get(batch.get(j)), v);
        }
      }
    }
    if (cache != null && !missing.isEmpty()) {
      cache.flush();
    }
    return List.of(vectors);
  }

  public float[] embedQuery(String question) {
    return model.embed(queryPrefix + question).content().vector();
  }

  @Override
  public void close() {
    if (cache != null) {
      cache.close();
    }
  }
}
