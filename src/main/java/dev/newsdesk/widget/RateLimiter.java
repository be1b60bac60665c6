package dev.newsdesk.widget;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Allows each client a number of requests per minute (a fixed window per client). Old windows are
 * swept as new minutes begin, so the map holds only the clients of the current minute.
 */
final class RateLimiter {
  private static final long MINUTE = 60_000;

  private final int perMinute;
  private final LongSupplier clock;
  private final Map<String, Window> windows = new ConcurrentHashMap<>();
  private volatile long lastSweep;

  RateLimiter(int perMinute, LongSupplier clock) {
    this.perMinute = perMinute;
    this.clock = clock;
  }

  private static final class Window {
    final long start;
    int count;

    Window(long start) {
      this.start = start;
    }
  }

  /** Takes one request for the client: 0 when allowed, else the seconds until it would be. */
  long acquire(String client) {
    if (perMinute <= 0) {
      return 0;
    }
    long now = clock.getAsLong();
    sweep(now);
    Window w = windows.compute(client, (k, old) -> old == null || now - old.start >= MINUTE ? new Window(now) : old);
    synchronized (w) {
      if (w.count < perMinute) {
        w.count++;
        return 0;
      }
      return Math.max(1, (w.start + MINUTE - now + 999) / 1000);
    }
  }

  private void sweep(long now) {
    if (now - lastSweep >= MINUTE) {
      lastSweep = now;
      windows.values().removeIf(w -> now - w.start >= MINUTE);
    }
  }
}
