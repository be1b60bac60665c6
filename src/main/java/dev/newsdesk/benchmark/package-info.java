/**
 * The retrieval benchmark: MultiHop-RAG's metric, ported exactly, and a harness that ingests a
 * corpus and runs its queries through the service's own retrieval.
 */
package dev.newsdesk.benchmark;
