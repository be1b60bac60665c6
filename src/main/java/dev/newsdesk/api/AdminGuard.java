package dev.newsdesk.api;

import dev.newsdesk.config.NewsdeskConfig;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Guards the write endpoints: with {@code NEWSDESK_ADMIN_TOKEN} set, a caller must send it as a
 * bearer token; without it, only callers on this machine (loopback) may write.
 */
@ApplicationScoped
public class AdminGuard {
  private final byte[] token;

  public AdminGuard(NewsdeskConfig config) {
    this.token = config.adminToken().filter(t -> !t.isBlank()).map(t -> t.getBytes(StandardCharsets.UTF_8)).orElse(null);
  }

  public void check(HttpServerRequest request) {
    if (token == null) {
      if (!isLoopback(request)) {
        throw new ApiException(403, "forbidden",
            "writes are accepted only from this machine unless NEWSDESK_ADMIN_TOKEN is set");
      }
      return;
    }
    String header = request.getHeader("Authorization");
    String prefix = "Bearer ";
    if (header == null || !header.regionMatches(true, 0, prefix, 0, prefix.length())) {
      throw new ApiException(401, "unauthorized", "send the admin token as 'Authorization: Bearer <token>'");
    }
    byte[] given = header.substring(prefix.length()).strip().getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(token, given)) {
      throw new ApiException(401, "unauthorized", "the admin token is wrong");
    }
  }

  private static boolean isLoopback(HttpServerRequest request) {
    if (request.remoteAddress() == null || request.remoteAddress().host() == null) {
      return false;
    }
    try {
      return InetAddress.getByName(request.remoteAddress().host()).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
