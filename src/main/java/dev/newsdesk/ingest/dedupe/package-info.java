/**
 * Wire-copy detection: the same story republished by several outlets with small edits. MinHash
 * signatures over word 5-grams estimate how much two texts share; locality-sensitive bands let the
 * index find the few candidates worth comparing.
 */
package dev.newsdesk.ingest.dedupe;
