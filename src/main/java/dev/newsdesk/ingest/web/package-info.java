/**
 * Fetching from the web, politely (a named User-Agent, timeouts, a size cap, bounded redirects,
 * robots.txt, one request at a time per host, conditional GET), and turning a news page into an
 * article: main text without navigation, ads or comments; title, byline, date and canonical URL
 * from the page's metadata.
 */
package dev.newsdesk.ingest.web;
