package dev.newsdesk.embedding;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Embeds passages and questions with one in-process model. Passages go in batches, which the model
 * spreads over the cores; a question is embedded on the calling thread.
 */
public class PassageEmbedder {
  private final EmbeddingModel model;
  private final String name;
  private final String queryPrefix;
  private final int batchSize;

  /**
   * @param name recorded in the index; when it changes, the index is rebuilt
   * @param queryPrefix instruction some models want in front of a search query (may be empty)
   */
  public PassageEmbedder(EmbeddingModel model, String name, String queryPrefix, int batchSize) {
    this.model = model;
    this.name = name;
    this.queryPrefix = queryPrefix;
    this.batchSize = batchSize;
  }

  public String name() {
    return name;
  }

  public int dimension() {
    return model.dimension();
  }

  public List<float[]> embedPassages(List<String> texts) {
    List<float[]> vectors = new ArrayList<>(texts.size());
    for (int from = 0; from < texts.size(); from += batchSize) {
      List<TextSegment> batch =
          texts.subList(from, Math.min(texts.size(), from + batchSize)).stream().map(TextSegment::from).toList();
      model.embedAll(batch).content().forEach(e -> vectors.add(e.vector()));
    }
    return vectors;
  }

  public float[] embedQuery(String question) {
    return model.embed(queryPrefix + question).content().vector();
  }
}
