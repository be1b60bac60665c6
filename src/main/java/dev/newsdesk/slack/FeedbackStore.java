package dev.newsdesk.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.config.NewsdeskConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Feedback kept durably: one JSON line per vote in {@code feedback.jsonl} beside the index, each
 * written and synced before the vote is acknowledged.
 */
@ApplicationScoped
public class FeedbackStore {
  private final Path file;
  private final ObjectMapper json;

  public FeedbackStore(NewsdeskConfig config, ObjectMapper json) {
    this.file = Path.of(config.dataDir()).resolve("feedback.jsonl");
    this.json = json;
  }

  public synchronized void record(Feedback feedback) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
          StandardOpenOption.WRITE)) {
        out.write(ByteBuffer.wrap((json.writeValueAsString(feedback) + "\n").getBytes(StandardCharsets.UTF_8)));
        out.force(true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot record feedback", e);
    }
  }

  /** Every vote, oldest first; a line torn by a crash is skipped. */
  public synchronized List<Feedback> all() {
    List<Feedback> out = new ArrayList<>();
    if (!Files.exists(file)) {
      return out;
    }
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        try {
          if (!line.isBlank()) {
            out.add(json.readValue(line, Feedback.class));
          }
        } catch (IOException torn) {
          // the last line of a crash; the others stand
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read feedback", e);
    }
    return out;
  }
}
