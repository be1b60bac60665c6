/**
 * Reading articles (JSON, JSON Lines, plain text with a news dateline), giving them stable ids,
 * and cutting them into passages that fit the embedding model and the answer prompt.
 */
package dev.newsdesk.ingest;
