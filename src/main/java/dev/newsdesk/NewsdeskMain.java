package dev.newsdesk;

import dev.newsdesk.benchmark.RetrievalBenchmark;
import dev.newsdesk.ingest.IngestCommand;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts the service, or runs one of its commands and exits:
 *
 * <pre>
 * java -jar quarkus-run.jar                       serve on :8080
 * java -jar quarkus-run.jar ingest <file|folder|url|feed> …    add articles to the archive in NEWSDESK_DATA_DIR
 * java -jar quarkus-run.jar benchmark --corpus corpus.json --queries queries.json
 *     [--out target/benchmark/results.json] [--index target/benchmark/data] [--reingest] [--abstention] [--limit N]
 * </pre>
 */
@QuarkusMain
public class NewsdeskMain implements QuarkusApplication {

  @Inject RetrievalBenchmark benchmark;
  @Inject IngestCommand ingest;

  public static void main(String... args) {
    if (args.length > 0 && args[0].equals("ingest")) {
      // Into the service's own archive, without the sample, and off its port. The service itself
      // must be stopped: one process at a time may write an index.
      System.setProperty("newsdesk.sample.enabled", "false");
      System.setProperty("quarkus.http.port", "0");
      System.setProperty("newsdesk.feed-polling", "false");
    }
    if (args.length > 0 && args[0].equals("benchmark")) {
      // A command run keeps its own index, skips the sample and stays off the service's port.
      Map<String, String> options = options(args);
      System.setProperty("newsdesk.data-dir", options.getOrDefault("index", "target/benchmark/data"));
      System.setProperty("newsdesk.sample.enabled", "false");
      System.setProperty("quarkus.http.port", "0");
    }
    Quarkus.run(NewsdeskMain.class, args);
  }

  @Override
  public int run(String... args) throws Exception {
    if (args.length == 0) {
      Quarkus.waitForExit();
      return 0;
    }
    if (args[0].equals("benchmark")) {
      Map<String, String> o = options(args);
      if (!o.containsKey("corpus") || !o.containsKey("queries")) {
        System.err.println("usage: benchmark --corpus corpus.json --queries queries.json [--out results.json] "
            + "[--index folder] [--reingest] [--abstention] [--limit N]");
        return 2;
      }
      return benchmark.run(new RetrievalBenchmark.Options(
          Path.of(o.get("corpus")), Path.of(o.get("queries")),
          Path.of(o.getOrDefault("out", "target/benchmark/results.json")),
          o.containsKey("reingest"), o.containsKey("abstention"), Integer.parseInt(o.getOrDefault("limit", "0"))),
          System.out);
    }
    if (args[0].equals("ingest")) {
      if (args.length < 2) {
        System.err.println("usage: ingest <file|folder|url|feed> …");
        return 2;
      }
      return ingest.run(List.of(args).subList(1, args.length), System.out);
    }
    System.err.println("unknown command '" + args[0] + "'; commands: ingest, benchmark (no command: serve)");
    return 2;
  }

  /** {@code --name value} pairs and {@code --flag}s after the command. */
  static Map<String, String> options(String... args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 1; i < args.length; i++) {
      if (args[i].startsWith("--")) {
        String name = args[i].substring(2);
        boolean hasValue = i + 1 < args.length && !args[i + 1].startsWith("--");
        options.put(name, hasValue ? args[++i] : "true");
      }
    }
    return options;
  }
}
