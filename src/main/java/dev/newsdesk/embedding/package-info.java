/** The in-process embedding model: turns passages and questions into vectors, no network. */
package dev.newsdesk.embedding;
