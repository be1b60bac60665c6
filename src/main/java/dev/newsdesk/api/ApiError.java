package dev.newsdesk.api;

/**
 * The body of every error response.
 *
 * @param error a short machine-readable code ("invalid_question")
 * @param detail what is wrong, for a person
 */
public record ApiError(String error, String detail) {}
