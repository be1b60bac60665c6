package dev.newsdesk.slack;

import dev.newsdesk.answer.Citation;
import java.time.Instant;
import java.util.List;

/** A reader's 👍 or 👎 on an answer, with what was asked and answered. */
public record Feedback(
    Instant at, String vote, String user, String channel, String question, String answer, List<Citation> citations) {}
