package dev.newsdesk.slack;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import io.quarkus.logging.Log;
import java.io.IOException;

/**
 * Calls Slack's Web API through the official client, honouring rate limits: an HTTP 429 is
 * retried after its Retry-After, a bounded number of times and never after a long wait.
 */
final class SlackWebApi {
  /** A Web API call. */
  interface Call<T extends SlackApiTextResponse> {
    T run() throws IOException, SlackApiException;
  }

  private final int maxRetries;
  private final int maxRetryAfterSeconds;

  SlackWebApi(int maxRetries, int maxRetryAfterSeconds) {
    this.maxRetries = maxRetries;
    this.maxRetryAfterSeconds = maxRetryAfterSeconds;
  }

  <T extends SlackApiTextResponse> T call(String method, Call<T> call) {
    for (int attempt = 0; ; attempt++) {
      try {
        T response = call.run();
        if (!response.isOk()) {
          throw new SlackCallFailed(method + " failed: " + response.getError());
        }
        return response;
      } catch (SlackApiException e) {
        int status = e.getResponse().code();
        long wait = retryAfter(e);
        if (status != 429 || attempt >= maxRetries || wait > maxRetryAfterSeconds) {
          throw new SlackCallFailed(method + " failed with HTTP " + status);
        }
        Log.infof("Slack rate-limited %s; retrying in %d s", method, wait);
        sleep(wait);
      } catch (IOException e) {
        throw new SlackCallFailed(method + " failed: " + e.getMessage());
      }
    }
  }

  private static long retryAfter(SlackApiException e) {
    String header = e.getResponse().header("Retry-After");
    try {
      return header == null ? 1 : Math.max(0, Long.parseLong(header.strip()));
    } catch (NumberFormatException bad) {
      return 1;
    }
  }

  private static void sleep(long seconds) {
    try {
      Thread.sleep(seconds * 1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SlackCallFailed("interrupted");
    }
  }

  /** A Web API call that failed for good. */
  static final class SlackCallFailed extends RuntimeException {
    SlackCallFailed(String message) {
      super(message);
    }
  }
}
