/**
 * Finding the passages for a question: BM25 and vector search over the index, fused into one
 * ranking, with optional filters. The same path serves the chat, the search API and the benchmark.
 */
package dev.newsdesk.retrieval;
