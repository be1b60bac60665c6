package dev.newsdesk.embedding;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A LangChain4j in-process BERT model loaded from the model and tokenizer files inside its Maven
 * jar, with an ONNX session that uses every core. LangChain4j's own classes take ONNX Runtime's
 * default thread count, which on small virtual machines is one thread: a question then takes
 * about 1.6 times as long to embed. Texts of a batch go one after the other, each using all cores.
 */
final class OnnxEmbeddingModel extends AbstractInProcessEmbeddingModel {
  private final OnnxBertBiEncoder encoder;
  private final int dimension;

  OnnxEmbeddingModel(String modelResource, String tokenizerResource, PoolingMode pooling, int dimension) {
    super(Runnable::run);
    this.dimension = dimension;
    try (InputStream model = resource(modelResource); InputStream tokenizer = resource(tokenizerResource)) {
      OrtEnvironment env = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(Runtime.getRuntime().availableProcessors());
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      OrtSession session = env.createSession(model.readAllBytes(), options);
      this.encoder = new OnnxBertBiEncoder(env, session, tokenizer, pooling);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (OrtException e) {
      throw new IllegalStateException("cannot load " + modelResource, e);
    }
  }

  static boolean isAvailable(String modelResource) {
    return OnnxEmbeddingModel.class.getClassLoader().getResource(modelResource) != null;
  }

  private static InputStream resource(String name) {
    InputStream in = OnnxEmbeddingModel.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("the embedding model file " + name + " is not on the class path");
    }
    return in;
  }

  @Override
  protected OnnxBertBiEncoder model() {
    return encoder;
  }

  @Override
  protected Integer knownDimension() {
    return dimension;
  }
}
