package dev.newsdesk.index;

import dev.newsdesk.config.NewsdeskConfig;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import org.apache.lucene.search.similarities.BM25Similarity;

/** Opens the embedded index under the data folder and closes it (committing) at shutdown. */
@ApplicationScoped
public class IndexProducer {

  @Produces
  @Singleton
  PassageIndex passageIndex(NewsdeskConfig config) {
    Path folder = Path.of(config.dataDir()).toAbsolutePath().resolve("index");
    Log.infof("Opening the Lucene index in %s", folder);
    var retrieval = config.retrieval();
    return LuceneIndex.open(folder, new BM25Similarity((float) retrieval.bm25K1(), (float) retrieval.bm25B()));
  }

  void close(@Disposes PassageIndex index) {
    index.close();
  }
}
