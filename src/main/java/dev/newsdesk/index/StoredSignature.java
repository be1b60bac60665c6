package dev.newsdesk.index;

import dev.newsdesk.ingest.dedupe.MinHash;
import java.time.Instant;

/** A stored article's MinHash signature, with what cluster assignment needs to know. */
public record StoredSignature(String articleId, String clusterId, Instant publishedAt, MinHash signature) {}
