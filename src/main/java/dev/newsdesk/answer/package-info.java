/**
 * Writing the answer from the retrieved passages: with an LLM, or extractively without one; then
 * checking its [n] citations in code, whichever wrote it.
 */
package dev.newsdesk.answer;
