/**
 * Keeping the archive current: RSS and Atom feeds polled on a schedule with conditional GET, pages
 * fetched for items that carry only a summary, the ingest folder rescanned, old articles purged;
 * and the status of every source.
 */
package dev.newsdesk.ingest.feed;
