package io.marketpilot.text.keywords;

/**
 * A keyword or key phrase of a group of texts.
 *
 * @param text how it is usually written (the most frequent surface form)
 * @param score TF-IDF (keywords) or RAKE degree/frequency score (phrases); comparable within one list only
 * @param documents how many texts of the group contain it
 */
public record Keyword(String text, double score, int documents) {}
