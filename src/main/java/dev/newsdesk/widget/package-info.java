/**
 * The embeddable chat widget: its script and pages are static resources; this package guards the
 * chat API for browsers (allowed origins, per-client rate limit) and serves a plain reading page
 * for articles that have no URL of their own.
 */
package dev.newsdesk.widget;
