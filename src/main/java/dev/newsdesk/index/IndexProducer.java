package dev.newsdesk.index;

import dev.newsdesk.config.NewsdeskConfig;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;

/** Opens the embedded index under the data folder and closes it (committing) at shutdown. */
@ApplicationScoped
public class IndexProducer {

  @Produces
  @Singleton
  PassageIndex passageIndex(NewsdeskConfig config) {
    Path folder = Path.of(config.dataDir()).toAbsolutePath().resolve("index");
    Log.infof("Opening the Lucene index in %s", folder);
    return LuceneIndex.open(folder);
  }

  void close(@Disposes PassageIndex index) {
    index.close();
  }
}
