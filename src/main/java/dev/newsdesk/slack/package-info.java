/**
 * The Slack bot: Bolt for Java over the Events API (signed HTTP requests) or Socket Mode; answers
 * mentions, direct messages and /ask in threads, through the same chat as the web widget.
 */
package dev.newsdesk.slack;
