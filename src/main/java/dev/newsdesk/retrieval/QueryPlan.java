package dev.newsdesk.retrieval;

import java.util.List;
import java.util.Set;

/**
 * What retrieval makes of a question.
 *
 * @param text the words to search for, with the names of sources and dates taken out
 * @param sources sources the question names
 * @param dates publication windows the question names
 * @param unknownSources publications the question cites ("according to Bloomberg") that the archive
 *     has no article from
 */
public record QueryPlan(String text, Set<String> sources, List<DateMentions.Window> dates, List<String> unknownSources) {}
