package dev.newsdesk.embedding;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Vectors of texts already embedded, kept in an append-only file per model, so that rebuilding the
 * index (a new passage layout, a benchmark run) embeds only text it has not seen. Keyed by the
 * SHA-1 of the text; a torn last record (a crash mid-write) is ignored.
 */
final class VectorCache implements AutoCloseable {
  private final Map<String, float[]> vectors = new ConcurrentHashMap<>();
  private final int dimension;
  private final DataOutputStream out;

  VectorCache(Path file, int dimension) {
    this.dimension = dimension;
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      if (Files.exists(file)) {
        load(file);
      }
      out = new DataOutputStream(new BufferedOutputStream(
          Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the vector cache " + file, e);
    }
  }

  private void load(Path file) throws IOException {
    try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
      byte[] key = new byte[20];
      while (true) {
        try {
          in.readFully(key);
          float[] v = new float[dimension];
          for (int i = 0; i < dimension; i++) {
            v[i] = in.readFloat();
          }
          vectors.put(HexFormat.of().formatHex(key), v);
        } catch (EOFException end) {
          return;
        }
      }
    }
  }

  float[] get(String text) {
    return vectors.get(key(text));
  }

  synchronized void put(String text, float[] vector) {
    String key = key(text);
    if (vectors.putIfAbsent(key, vector) != null) {
      return;
    }
    try {
      out.write(HexFormat.of().parseHex(key));
      for (float f : vector) {
        out.writeFloat(f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  synchronized void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int size() {
    return vectors.size();
  }

  @Override
  public synchronized void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String key(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
