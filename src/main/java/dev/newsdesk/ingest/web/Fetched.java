package dev.newsdesk.ingest.web;

import java.net.URI;

/**
 * What a fetch brought back.
 *
 * @param uri where the content finally came from, after redirects
 * @param notModified the server answered 304 to a conditional GET: nothing new, {@code body} empty
 * @param etag and {@code lastModified}: validators to send next time
 */
public record Fetched(URI uri, int status, String contentType, byte[] body, String etag, String lastModified,
    boolean notModified) {}
