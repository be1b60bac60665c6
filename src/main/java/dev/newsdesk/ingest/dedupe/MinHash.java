package dev.newsdesk.ingest.dedupe;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A MinHash signature of a text's word 5-grams: 128 minimums of salted 64-bit hashes. The share
 * of equal positions in two signatures estimates the Jaccard similarity of the two sets of
 * 5-grams. 42 bands of 3 positions each give the index keys under which near copies meet: two
 * texts sharing 50 % of their 5-grams share a band with probability 0.996, at 20 % with 0.29.
 */
public final class MinHash {
  public static final int SIZE = 128;
  static final int BANDS = 42;
  static final int ROWS = 3;
  private static final int SHINGLE = 5;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final long[] SALTS = new long[SIZE];

  static {
    long x = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < SIZE; i++) {
      x = mix(x + 0x9E3779B97F4A7C15L);
      SALTS[i] = x;
    }
  }

  private final long[] values;

  private MinHash(long[] values) {
    this.values = values;
  }

  public static MinHash of(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      words.add(m.group());
    }
    Set<Long> shingles = new HashSet<>();
    for (int i = 0; i + SHINGLE <= Math.max(words.size(), SHINGLE); i++) {
      StringBuilder s = new StringBuilder();
      for (int j = i; j < Math.min(words.size(), i + SHINGLE); j++) {
        s.append(words.get(j)).append(' ');
      }
      shingles.add(hash(s.toString()));
    }
    long[] min = new long[SIZE];
    java.util.Arrays.fill(min, Long.MAX_VALUE);
    for (long h : shingles) {
      for (int i = 0; i < SIZE; i++) {
        long v = mix(h ^ SALTS[i]);
        if (v < min[i]) {
          min[i] = v;
        }
      }
    }
    return new MinHash(min);
  }

  public static MinHash fromBytes(byte[] bytes) {
    long[] v = new long[SIZE];
    java.nio.ByteBuffer.wrap(bytes).asLongBuffer().get(v);
    return new MinHash(v);
  }

  public byte[] toBytes() {
    java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(SIZE * Long.BYTES);
    buffer.asLongBuffer().put(values);
    return buffer.array();
  }

  /** Estimated Jaccard similarity of the two texts' 5-gram sets, 0–1. */
  public double similarity(MinHash other) {
    int same = 0;
    for (int i = 0; i < SIZE; i++) {
      if (values[i] == other.values[i]) {
        same++;
      }
    }
    return (double) same / SIZE;
  }

  /** The band keys: texts sharing any of them are candidates for comparison. */
  public List<String> bands() {
    List<String> keys = new ArrayList<>(BANDS);
    for (int b = 0; b < BANDS; b++) {
      long h = b;
      for (int r = 0; r < ROWS; r++) {
        h = mix(h * 31 + values[b * ROWS + r]);
      }
      keys.add(b + ":" + HexFormat.of().toHexDigits(h));
    }
    return keys;
  }

  private static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return mix(h);
  }

  /** SplitMix64's finaliser: spreads the bits of a 64-bit value. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
