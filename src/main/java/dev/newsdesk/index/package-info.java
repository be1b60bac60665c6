/**
 * The passage index: what is stored for each article and passage, how it is written durably, and
 * how it is searched (BM25 and vectors, with filters). {@link dev.newsdesk.index.PassageIndex} is
 * the product's own interface; {@link dev.newsdesk.index.LuceneIndex} is the embedded backend.
 */
package dev.newsdesk.index;
