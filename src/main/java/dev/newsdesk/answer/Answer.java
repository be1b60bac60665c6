package dev.newsdesk.answer;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A checked answer: every {@code [n]} in {@code answer} has citation n, and every citation is used.
 *
 * @param mode "llm" or "extractive" (who wrote it)
 * @param found false when the archive did not hold the answer
 * @param notice set when the answer is degraded (the LLM failed and passages were quoted instead)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Answer(String answer, List<Citation> citations, String mode, boolean found, String notice) {}
